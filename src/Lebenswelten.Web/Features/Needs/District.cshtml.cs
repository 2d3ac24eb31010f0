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

    /// <summary>The goals with this district's own latest figure of each goal's indicator.</summary>
    public GoalsView GoalsHere => new(Goals, District.Name, Goals
        .Select(g => (g.Goal.Id, Own: GoalProgress.OwnFigure(g.Goal, District.Id, data.Values)))
        .Where(g => g.Own is not null).ToDictionary(g => g.Id, g => g.Own!.Value));

    /// <summary>A district among the fifth of most need with no offering of its own: the page asks for one.</summary>
    public bool NeedsAnOffering => Need is { } need && need.IsHigh(data.Need.Count) && OfferingsHere.Count == 0;
    public PopulationBreakdown? Breakdown { get; private set; }
    public IReadOnlyList<OfferingPoint> OfferingsHere { get; private set; } = [];

    /// <summary>Offerings outside the district within <see cref="NearMetres"/> of its boundary, nearest first.</summary>
    public IReadOnlyList<(OfferingPoint Offering, double Metres)> OfferingsNear { get; private set; } = [];

    public const double NearMetres = 1000;

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
        Breakdown = await needs.PopulationBreakdownAsync(district.Id, ct);
        var locator = new DistrictLocator([district]);
        var distances = data.Offerings.Select(o => (Offering: o, Metres: locator.MetresTo(district, o.Lat, o.Lon))).ToList();
        // Offerings without a district of their own count as "here" when their venue lies inside the boundary.
        OfferingsHere = distances.Where(d => d.Offering.DistrictId == district.Id || (d.Offering.DistrictId is null && d.Metres == 0))
            .Select(d => d.Offering).ToList();
        OfferingsNear = distances.Where(d => d.Metres is > 0 and <= NearMetres && d.Offering.DistrictId != district.Id)
            .Select(d => (d.Offering, d.Metres!.Value)).OrderBy(d => d.Item2).ToList();
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

    public string IndicatorName(Guid id) => data.Indicators.FirstOrDefault(i => i.Id == id)?.Name ?? "";
}
