using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Needs;

/// <summary>A district in the upper quarter of the need index.</summary>
public sealed record HighNeedDistrict(Guid DistrictId, string Key, string Name, int Rank);

/// <summary>An indicator whose figures are out of date (or were never imported): <paramref name="LatestYear"/> null then.</summary>
public sealed record StaleIndicator(Guid IndicatorId, string Name, int? LatestYear);

/// <summary>What in a site's needs asks for the coordinator's attention (the staff start page, issue 25).</summary>
public sealed class NeedsAttention(NeedsDirectory needs, SiteDirectory sites, TimeProvider clock)
{
    /// <summary>Official statistics arrive a year or two late: older than this many years counts as out of date.</summary>
    public const int StaleAfterYears = 2;

    /// <summary>The districts in the upper quarter of the need index (at least one), most need first.</summary>
    public async Task<IReadOnlyList<HighNeedDistrict>> HighNeedDistrictsAsync(Guid siteId, CancellationToken ct)
    {
        var scores = await needs.NeedIndexAsync(siteId, ct);
        if (scores.Count == 0)
        {
            return [];
        }
        var top = (int)Math.Ceiling(scores.Count / 4.0);
        var districts = (await sites.DistrictsAsync(siteId, ct)).ToDictionary(d => d.Id);
        return scores.Where(s => s.Rank <= top && s.Score > 0 && districts.ContainsKey(s.DistrictId)).OrderBy(s => s.Rank)
            .Select(s => new HighNeedDistrict(s.DistrictId, districts[s.DistrictId].Key, districts[s.DistrictId].Name, s.Rank)).ToList();
    }

    /// <summary>Indicators without values, or whose latest year is more than <see cref="StaleAfterYears"/> years back.</summary>
    public async Task<IReadOnlyList<StaleIndicator>> StaleIndicatorsAsync(Guid siteId, CancellationToken ct)
    {
        var thisYear = clock.GetUtcNow().Year;
        var latest = (await needs.ValuesAsync(siteId, ct: ct)).GroupBy(v => v.IndicatorId).ToDictionary(g => g.Key, g => g.Max(v => v.Year));
        return (await needs.IndicatorsAsync(siteId, staff: true, ct))
            .Select(i => new StaleIndicator(i.Id, i.Name, latest.TryGetValue(i.Id, out var year) ? year : null))
            .Where(i => i.LatestYear is not { } year || thisYear - year > StaleAfterYears).ToList();
    }
}
