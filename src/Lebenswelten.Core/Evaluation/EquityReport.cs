using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Evaluation;

/// <summary>A district's reach against its share of the population, its need and its deprivation.</summary>
public sealed record DistrictReach(string Key, string Name, int? Residents, PublishedCount Participants, double? ParticipantShare,
    double? ResidentShare, double? ReachRatio, double? NeedScore, int? NeedRank, int? GisdQuintile);

/// <summary>Reach per district of residence and the concentration index over need-ranked districts.</summary>
public sealed record EquityTable(IReadOnlyList<DistrictReach> Districts, double? ConcentrationIndex, int MinimumCount, bool IsSampleData);

/// <summary>
/// Are we reaching the districts that need it most (§20a SGB V: prevention should reduce socially caused inequality in
/// health)? Built from the published participants per district only (held back and rounded as everywhere), so it can
/// reveal nothing the reach table does not. A held-back district counts with half the minimum in the index.
/// </summary>
public sealed class EquityReport(LebensweltenDbContext db, ReachReport reach, NeedsDirectory needs)
{
    public async Task<Outcome<EquityTable>> ForSiteAsync(Guid siteId, DateOnly from, DateOnly to, string? userId, CancellationToken ct)
    {
        var published = await reach.ForSiteAsync(siteId, new ReachQuery(from, to, [ReachDimension.District]), userId, ct);
        if (published.Value is not { } table)
        {
            return published.Problem!;
        }
        var districts = await db.Districts.AsNoTracking().Where(d => d.SiteId == siteId).OrderBy(d => d.Name).ToListAsync(ct);
        var city = await db.Sites.Where(s => s.Id == siteId).Select(s => s.Name).SingleAsync(ct);
        var need = (await needs.NeedIndexAsync(siteId, ct)).ToDictionary(n => n.DistrictId);
        var gisd = DistrictGisd.Quintiles(city, new DistrictLocator(districts));
        var participants = table.Lines.ToDictionary(l => l.Group[0].Key, l => l.Figures.Participants);
        double Estimate(PublishedCount c) => c.Value ?? (table.MinimumCount - 1) / 2.0;

        var known = districts.Where(d => d.Population > 0).ToList();
        var residentTotal = known.Sum(d => (double)d.Population!.Value);
        var participantTotal = known.Sum(d => participants.TryGetValue(d.Key, out var c) ? Estimate(c) : 0);
        var rows = districts.Select(d =>
        {
            var count = participants.GetValueOrDefault(d.Key, new PublishedCount(null, true));
            var participantShare = participantTotal > 0 && d.Population > 0 && count.Value is { } v ? v / participantTotal : (double?)null;
            var residentShare = d.Population > 0 ? d.Population.Value / residentTotal : (double?)null;
            return new DistrictReach(d.Key, d.Name, d.Population, count, Round(participantShare), Round(residentShare),
                participantShare / residentShare is { } ratio ? Math.Round(ratio, 2) : null,
                need.GetValueOrDefault(d.Id)?.Score, need.GetValueOrDefault(d.Id)?.Rank, gisd.TryGetValue(d.Id, out var q) ? q : null);
        }).ToList();
        var index = ConcentrationIndex.Compute(known.Where(d => need.ContainsKey(d.Id)).Select(d => new RankedDistrict(need[d.Id].Score,
            d.Population!.Value, participants.TryGetValue(d.Key, out var c) ? Estimate(c) : 0)));
        return new EquityTable(rows, index, table.MinimumCount, table.IsSampleData);
    }

    private static double? Round(double? share) => share is { } s ? Math.Round(s, 3) : null;
}
