namespace Lebenswelten.Core.Network;

/// <summary>A coming meeting of a network the person belongs to.</summary>
public sealed record UpcomingMeeting(Guid MeetingId, string Title, string NetworkName, DateTimeOffset StartsAt);

/// <summary>
/// The meetings coming up at a site for one person: coordinators see all, others those of the networks their
/// organisation is a member of (the same rule as <see cref="NetworkAccess.IsMemberAsync"/>). For the staff start page.
/// </summary>
public sealed class MeetingAgenda(LebensweltenDbContext db, NetworkAccess access)
{
    public async Task<IReadOnlyList<UpcomingMeeting>> UpcomingAsync(Guid siteId, string userId, DateTimeOffset from, DateTimeOffset to,
        CancellationToken ct)
    {
        var actor = await access.ActorAsync(userId, siteId, ct);
        if (!actor.IsStaff)
        {
            return [];
        }
        var organisations = actor.Organisations.ToList();
        return await db.Meetings.AsNoTracking()
            .Where(m => m.SiteId == siteId && m.StartsAt >= from && m.StartsAt < to
                && (actor.IsCoordinator || db.NetworkMemberships.Any(n => n.NetworkId == m.NetworkId
                    && organisations.Contains(n.OrganisationId))))
            .OrderBy(m => m.StartsAt)
            .Join(db.HealthNetworks, m => m.NetworkId, n => n.Id, (m, n) => new UpcomingMeeting(m.Id, m.Title, n.Name, m.StartsAt))
            .ToListAsync(ct);
    }
}
