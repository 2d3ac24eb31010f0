using Lebenswelten.Core.Privacy;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Core.Offerings;

/// <summary>
/// Registrations in a person's rights and in retention (<see cref="IPersonalDataParticipant"/>), inside the transaction
/// Privacy opened. Erased or expired registrations are anonymised, not deleted: the counts per offering and the
/// attendance reports must stay exactly the same. Guests who never came (unconfirmed, lapsed) go entirely.
/// </summary>
public sealed class RegistrationPersonalData(LebensweltenDbContext db, RegistrationService service,
    IOptions<RetentionOptions> options, IEnumerable<IRegistrationAnonymisationObserver> observers) : IPersonalDataParticipant
{
    public const string CapabilityName = "Offerings";
    private const int Batch = 500;

    public string Capability => CapabilityName;

    public async Task<PersonalDataSection?> ExportAsync(string userId, CancellationToken ct) =>
        new RegistrationsSection(await ListAsync(db.Registrations.Where(r => r.UserId == userId), ct));

    public async Task<int> EraseAsync(string userId, DateTimeOffset now, CancellationToken ct)
    {
        var mine = await db.Registrations.Where(r => r.UserId == userId).ToListAsync(ct);
        await EraseAsync(mine, now, ct);
        return mine.Count;
    }

    public async Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken ct)
    {
        var periods = options.Value;
        var anonymised = await AnonymiseEndedAsync(now - TimeSpan.FromDays(periods.RegistrationDays), now, ct);
        return anonymised + await DeleteLapsedGuestsAsync(now - TimeSpan.FromDays(periods.UnconfirmedGuestDays), ct);
    }

    /// <summary>The registrations of the query as the export shows them, oldest first.</summary>
    internal async Task<List<PersonalRegistration>> ListAsync(IQueryable<Registration> query, CancellationToken ct)
    {
        var found = await query.AsNoTracking().Include(r => r.Offering).ThenInclude(o => o!.Organisation)
            .Include(r => r.Offering).ThenInclude(o => o!.Sessions).OrderBy(r => r.CreatedAt).ToListAsync(ct);
        var ids = found.Select(r => r.Id).ToList();
        var attendance = await db.Attendances.AsNoTracking().Where(a => ids.Contains(a.RegistrationId))
            .ToDictionaryAsync(a => (a.RegistrationId, a.SessionId), a => a.Present, ct);
        return found.Select(r => new PersonalRegistration(r.Id, r.OfferingId, r.Offering!.Title, r.Offering.Organisation?.Name,
            r.Status, r.Name, r.Email, r.Phone, r.PostalCode, r.BirthYear, r.Sex, r.Language, r.CreatedAt, r.ConfirmedAt, r.CancelledAt,
            r.Offering.Sessions.OrderBy(s => s.StartsAt).Select(s => new PersonalSession(s.StartsAt, s.EndsAt,
                attendance.TryGetValue((r.Id, s.Id), out var present) ? present : null)).ToList())).ToList();
    }

    /// <summary>
    /// Running registrations give their place back first (the waiting list moves up; no mail goes to the address being
    /// erased), then all are anonymised.
    /// </summary>
    internal async Task EraseAsync(List<Registration> registrations, DateTimeOffset now, CancellationToken ct)
    {
        var offeringIds = registrations.Select(r => r.OfferingId).Distinct().ToList();
        var ended = await db.Offerings.Where(o => offeringIds.Contains(o.Id) && o.LastSessionEnd != null && o.LastSessionEnd <= now)
            .Select(o => o.Id).ToListAsync(ct);
        // Sorted, so two erasures never wait for each other's offering locks in opposite order.
        foreach (var running in registrations.Where(r => r.IsActive && !ended.Contains(r.OfferingId)).OrderBy(r => r.OfferingId))
        {
            await service.ReleaseForErasureAsync(running, now, ct);
        }
        await AnonymiseAsync(registrations, now, ct);
    }

    /// <summary>Whoever counts registrations (the evaluation) is told first, while the statistics fields are still there.</summary>
    private async Task AnonymiseAsync(List<Registration> registrations, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var observer in observers)
        {
            await observer.BeforeAnonymiseAsync(registrations, ct);
        }
        await RegistrationAnonymiser.AnonymiseAsync(db, registrations, now, ct);
    }

    /// <summary>Registrations two years (Retention:RegistrationDays) after their offering's last session.</summary>
    private async Task<int> AnonymiseEndedAsync(DateTimeOffset endedBefore, DateTimeOffset now, CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            var due = await db.Registrations.Where(r => r.AnonymisedAt == null
                    && r.Offering!.LastSessionEnd != null && r.Offering.LastSessionEnd < endedBefore)
                .OrderBy(r => r.Id).Take(Batch).ToListAsync(ct);
            if (due.Count == 0)
            {
                return total;
            }
            await AnonymiseAsync(due, now, ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            total += due.Count;
        }
    }

    /// <summary>Guests who never confirmed or let an offer lapse never came: nothing to count, so they go entirely.</summary>
    private async Task<int> DeleteLapsedGuestsAsync(DateTimeOffset lapsedBefore, CancellationToken ct)
    {
        var lapsed = db.Registrations.Where(r => r.UserId == null && r.Status == RegistrationStatus.Expired
            && r.CancelledAt < lapsedBefore);
        await ConsentBook.DeleteForAsync(db, lapsed.Select(r => r.Id), ct);
        return await lapsed.ExecuteDeleteAsync(ct);
    }
}
