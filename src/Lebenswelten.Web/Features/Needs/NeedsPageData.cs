using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Web.Features.Needs;

/// <summary>A point on the map: an offering of the public catalogue at its venue.</summary>
public sealed record OfferingPoint(Guid Id, string Title, double Lat, double Lon, Guid? DistrictId);

/// <summary>What the map and district pages read, in one place: districts, indicators, values, need index, offerings.</summary>
public sealed class NeedsPageData(SiteDirectory sites, NeedsDirectory needs, OfferingCatalogue catalogue)
{
    public Site Site { get; private set; } = null!;
    public IReadOnlyList<District> Districts { get; private set; } = [];
    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];
    public IReadOnlyList<IndicatorValue> Values { get; private set; } = [];
    public IReadOnlyList<NeedScore> Need { get; private set; } = [];
    public IReadOnlyList<OfferingPoint> Offerings { get; private set; } = [];

    public async Task<bool> LoadAsync(string site, bool staff, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return false;
        }
        Site = found;
        Districts = await sites.DistrictsAsync(found.Id, ct);
        Indicators = await needs.IndicatorsAsync(found.Id, staff, ct);
        var all = await needs.ValuesAsync(found.Id, ct: ct);
        Values = all.Where(v => Indicators.Any(i => i.Id == v.IndicatorId)).ToList();
        Need = NeedIndex.Compute(await needs.IndicatorsAsync(found.Id, staff: true, ct), all);
        var page = await catalogue.SearchAsync(new CatalogueQuery { SiteId = found.Id, PageSize = CatalogueQuery.MaxPageSize }, ct);
        Offerings = page.Items.Where(o => o.Latitude is not null && o.Longitude is not null)
            .Select(o => new OfferingPoint(o.Id, o.Title, o.Latitude!.Value, o.Longitude!.Value, o.DistrictId)).ToList();
        return true;
    }
}

/// <summary>Goals as a list shows them; on a district's page with the district's own figure per goal.</summary>
public sealed record GoalsView(IReadOnlyList<GoalProgress> Goals, string? District = null,
    IReadOnlyDictionary<Guid, (int Year, double Value)>? OwnFigures = null)
{
    public IReadOnlyDictionary<Guid, (int Year, double Value)> Own => OwnFigures ?? new Dictionary<Guid, (int Year, double Value)>();
}
