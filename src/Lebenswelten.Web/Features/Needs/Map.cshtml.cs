using System.Text.Json;
using Lebenswelten.Core.Needs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Needs;

/// <summary>
/// The site's map: a chosen indicator or the need index per district, with the offerings on top; a table without JavaScript.
/// </summary>
[AllowAnonymous]
public sealed class MapModel(NeedsPageData data, IConfiguration configuration) : PageModel
{
    public const string NeedIndexChoice = "bedarfsindex";

    public NeedsPageData Data => data;
    public NeedsMap Map { get; private set; } = null!;
    public string Choice { get; private set; } = NeedIndexChoice;

    /// <summary>An operator may name a tile server (Maps:TileUrl); by default the map draws districts on a plain background.</summary>
    public string? TileUrl => configuration["Maps:TileUrl"];

    public async Task<IActionResult> OnGetAsync(string site, [FromQuery(Name = "indikator")] string? indicator,
        [FromQuery(Name = "jahr")] int? year, CancellationToken ct)
    {
        if (!await data.LoadAsync(site, User.IsStaffAt(site), ct))
        {
            return NotFound();
        }
        var chosen = data.Indicators.FirstOrDefault(i => i.Key == indicator);
        Choice = chosen?.Key ?? NeedIndexChoice;
        Map = NeedsMap.Build(data.Districts, chosen, year, data.Values, data.Need);
        return Page();
    }

    public string OfferingsCount(Guid districtId) => data.Offerings.Count(o => o.DistrictId == districtId).ToString();

    /// <summary>Per district key: the class (1–5) and the shown figure, for the script that colours the map.</summary>
    public string FiguresJson(string unit) => JsonSerializer.Serialize(Map.Rows.ToDictionary(r => r.District.Key,
        r => new { c = r.Class, s = r.Shown(unit), n = r.District.Name }));

    public string OfferingsJson() => JsonSerializer.Serialize(data.Offerings.Select(o =>
        new { o.Title, o.Lat, o.Lon, Url = Url.Page("/Offerings/Catalogue/Details", new { id = o.Id }) }));

    /// <summary>Where the script's district link puts the clicked district's key (needs-map.js).</summary>
    public const string DistrictKeyPlaceholder = "__key__";
}
