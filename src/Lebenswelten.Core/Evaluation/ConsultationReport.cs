using Microsoft.Extensions.Options;

namespace Lebenswelten.Core.Evaluation;

/// <summary>One room's video consultations in one month, as published.</summary>
public sealed record ConsultationMonth(Guid RoomId, string Room, DateOnly Month, PublishedCount Booked, PublishedCount Held,
    PublishedCount Cancelled);

/// <summary>Video consultations per room and month, from the cells that outlive the appointments (held back and rounded).</summary>
public sealed class ConsultationReport(LebensweltenDbContext db, EvaluationAccess access, IOptions<EvaluationSettings> settings)
{
    public async Task<Outcome<IReadOnlyList<ConsultationMonth>>> ForSiteAsync(Guid siteId, DateOnly from, DateOnly to, string? userId,
        CancellationToken ct)
    {
        if (!await access.MaySeeSiteAsync(userId, siteId, ct))
        {
            return DomainProblem.Forbidden("Evaluation.Forbidden");
        }
        if (new ReachQuery(from, to, []).Validate(acrossSites: false) is { } problem)
        {
            return problem;
        }
        var range = new ReachQuery(from, to, []).Months;
        var rooms = await db.TelemedicineRooms.AsNoTracking().Where(r => r.SiteId == siteId).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var facts = await db.ConsultationFacts.AsNoTracking()
            .Where(f => f.SiteId == siteId && f.Month >= range.From && f.Month <= range.To).ToListAsync(ct);
        var minimum = settings.Value.EffectiveMinimum;
        return facts.GroupBy(f => (f.RoomId, f.Month))
            .Select(g => new ConsultationMonth(g.Key.RoomId, rooms.GetValueOrDefault(g.Key.RoomId, ""), g.Key.Month,
                PublishedCount.Of(g.Sum(f => f.Booked), minimum), PublishedCount.Of(g.Sum(f => f.Held), minimum),
                PublishedCount.Of(g.Sum(f => f.Cancelled), minimum)))
            .OrderBy(m => m.Room, StringComparer.Ordinal).ThenBy(m => m.Month).ToList();
    }
}
