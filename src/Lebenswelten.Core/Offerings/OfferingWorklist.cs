namespace Lebenswelten.Core.Offerings;

/// <summary>A session of an offering the person manages, with how far its attendance is recorded (counts, no names).</summary>
public sealed record SessionDue(Guid OfferingId, string OfferingTitle, Guid SessionId, DateTimeOffset StartsAt, int Participants,
    int Recorded);

/// <summary>An offering with news for its provider: registrations since a moment, and people on the waiting list.</summary>
public sealed record OfferingNews(Guid OfferingId, string Title, int NewRegistrations, int Waiting);

/// <summary>An offering not yet published.</summary>
public sealed record OfferingDraftItem(Guid OfferingId, string Title, DateTimeOffset UpdatedAt);

/// <summary>
/// What needs a provider's or coordinator's attention in the offerings they manage at a site (the staff start page,
/// issue 25). Only figures and titles: the names stay on the participants page, which audits its reads.
/// </summary>
public sealed class OfferingWorklist(LebensweltenDbContext db, OfferingAccess access)
{
    /// <summary>Sessions starting in [from, to) of the offerings the person manages, by start.</summary>
    public async Task<IReadOnlyList<SessionDue>> SessionsAsync(string userId, Guid siteId, DateTimeOffset from, DateTimeOffset to,
        CancellationToken ct)
    {
        var offerings = await access.ManagedQueryAsync(userId, siteId, ct);
        return await db.OfferingSessions.Where(s => s.StartsAt >= from && s.StartsAt < to)
            .Join(offerings.Where(o => o.Status == OfferingStatus.Published), s => s.OfferingId, o => o.Id, (s, o) => new { Session = s, Offering = o })
            .OrderBy(r => r.Session.StartsAt)
            .Select(r => new SessionDue(r.Offering.Id, r.Offering.Title, r.Session.Id, r.Session.StartsAt, r.Offering.TakenPlaces,
                db.Attendances.Count(a => a.SessionId == r.Session.Id)))
            .ToListAsync(ct);
    }

    /// <summary>Published offerings with registrations since <paramref name="since"/> (none counted when null) or a waiting list.</summary>
    public async Task<IReadOnlyList<OfferingNews>> NewsAsync(string userId, Guid siteId, DateTimeOffset? since, CancellationToken ct)
    {
        var offerings = await access.ManagedQueryAsync(userId, siteId, ct);
        var rows = await offerings.Where(o => o.Status == OfferingStatus.Published)
            .Select(o => new OfferingNews(o.Id, o.Title,
                since == null ? 0 : db.Registrations.Count(r => r.OfferingId == o.Id && r.CreatedAt > since), o.WaitingCount))
            .ToListAsync(ct);
        return rows.Where(r => r.NewRegistrations > 0 || r.Waiting > 0).OrderBy(r => r.Title, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>The drafts the person may publish, latest change first.</summary>
    public async Task<IReadOnlyList<OfferingDraftItem>> DraftsAsync(string userId, Guid siteId, CancellationToken ct)
    {
        var offerings = await access.ManagedQueryAsync(userId, siteId, ct);
        var rows = await offerings.Where(o => o.Status == OfferingStatus.Draft)
            .Select(o => new OfferingDraftItem(o.Id, o.Title, o.UpdatedAt)).ToListAsync(ct);
        return rows.OrderByDescending(d => d.UpdatedAt).ToList();
    }

    /// <summary>The districts of a site where at least one published offering takes place.</summary>
    public async Task<IReadOnlySet<Guid>> DistrictsServedAsync(Guid siteId, CancellationToken ct) =>
        (await db.Offerings.Where(o => o.SiteId == siteId && o.Status == OfferingStatus.Published && o.DistrictId != null)
            .Select(o => o.DistrictId!.Value).Distinct().ToListAsync(ct)).ToHashSet();
}
