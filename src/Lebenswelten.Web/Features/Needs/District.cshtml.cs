using System.Text.Json;
using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Needs;

/// <summary>One district: its indicators over time, its place in the need index, its offerings and the goals that concern it.</summary>
[AllowAnonymous]
public sealed class DistrictModel(NeedsPageData data, NeedsDirectory needs) : PageModel
{
    public NeedsPageData Data => data;
    public District District { get; private set; } = null!;
    public NeedScore? Need { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<DistrictPopulation> Population { get; private set; } = [];
    public IReadOnlyList<GoalProgress> Goals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string site, string key, CancellationToken ct)
    {
        if (!await data.LoadAsync(site, User.IsStaffAt(site), ct) || data.Districts.FirstOrDefault(d => d.Key == key) is not { } district)
        {
            return NotFound();
        }
        District = district;
        Need = data.Need.FirstOrDefault(n => n.DistrictId == district.Id);
        Years = data.Values.Where(v => v.DistrictId == district.Id).Select(v => v.Year).Distinct().Order().ToList();
        Population = await needs.PopulationAsync(district.Id, ct);
        Goals = (await needs.GoalsAsync(data.Site.Id, ct))
            .Where(g => data.Indicators.Any(i => i.Id == g.Goal.IndicatorId)
                && (g.Goal.DistrictIds.Count == 0 || g.Goal.DistrictIds.Contains(district.Id))).ToList();
        return Page();
    }

    public IndicatorValue? ValueOf(Indicator indicator, int year) =>
        data.Values.FirstOrDefault(v => v.IndicatorId == indicator.Id && v.DistrictId == District.Id && v.Year == year);

    public string Shown(Indicator indicator, int year) => ValueOf(indicator, year) is { } v
        ? new DistrictFigure(District, v.PublicValue, v.IsSmallNumber, null, null).Shown(indicator.Unit) : "–";

    /// <summary>The series for the chart script; held-back values are gaps, never numbers.</summary>
    public string SeriesJson(Indicator indicator) => JsonSerializer.Serialize(new
    {
        label = $"{indicator.Name} ({indicator.Unit})",
        years = Years,
        values = Years.Select(y => ValueOf(indicator, y)?.PublicValue),
    });

    public IEnumerable<OfferingPoint> OfferingsHere => data.Offerings.Where(o => o.DistrictId == District.Id);

    public string IndicatorName(Guid id) => data.Indicators.FirstOrDefault(i => i.Id == id)?.Name ?? "";
}
