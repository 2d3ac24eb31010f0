using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Core.Privacy;

/// <summary>Records, lists and withdraws consents. Withdrawing stops the processing: the data it covered goes.</summary>
public sealed class ConsentBook(LebensweltenDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// Adds the consents a new registration carries, into the caller's unit of work: filling in the voluntary
    /// fields below the consent text is the affirmative act (GDPR Art. 4(11)); leaving them empty gives none.
    /// </summary>
    public static void RecordFor(LebensweltenDbContext db, Registration registration, DateTimeOffset now)
    {
        if (registration.PostalCode is not null || registration.BirthYear is not null || registration.Sex is not null)
        {
            db.Add(New(registration, ConsentPurposes.RegistrationStatistics, now));
        }
        if (registration.Phone is not null)
        {
            db.Add(New(registration, ConsentPurposes.GuestContact, now));
        }
    }

    public Task<List<Consent>> ForUserAsync(string userId, CancellationToken ct) =>
        db.Consents.AsNoTracking().Where(c => c.UserId == userId).OrderByDescending(c => c.GivenAt).ToListAsync(ct);

    public Task<List<Consent>> ForRegistrationAsync(Guid registrationId, CancellationToken ct) =>
        db.Consents.AsNoTracking().Where(c => c.RegistrationId == registrationId).OrderByDescending(c => c.GivenAt).ToListAsync(ct);

    /// <summary>Withdraws one of the person's own consents (by account, or by a guest registration's link).</summary>
    public async Task<Outcome<Consent>> WithdrawAsync(Guid consentId, string? userId, Guid? guestRegistrationId,
        AuditActor actor, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var consent = await db.Consents.SingleOrDefaultAsync(c => c.Id == consentId
            && ((userId != null && c.UserId == userId) || (guestRegistrationId != null && c.RegistrationId == guestRegistrationId)), ct);
        if (consent is null)
        {
            return DomainProblem.NotFound("Consent.NotFound");
        }
        if (!consent.IsActive)
        {
            return DomainProblem.Conflict("Consent.AlreadyWithdrawn");
        }
        var now = clock.GetUtcNow();
        consent.WithdrawnAt = now;
        var covered = db.Registrations.Where(r => r.Id == consent.RegistrationId);
        if (consent.Purpose == ConsentPurposes.RegistrationStatistics)
        {
            await covered.ExecuteUpdateAsync(u => u.SetProperty(r => r.PostalCode, (string?)null)
                .SetProperty(r => r.BirthYear, (int?)null).SetProperty(r => r.Sex, (Sex?)null), ct);
        }
        else if (consent.Purpose == ConsentPurposes.GuestContact)
        {
            await covered.ExecuteUpdateAsync(u => u.SetProperty(r => r.Phone, (string?)null), ct);
        }
        audit.Record(actor, AuditAction.Change, "Consent", consent.Id.ToString(), subjectUserId: consent.UserId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return consent;
    }

    private static Consent New(Registration registration, string purpose, DateTimeOffset now) => new()
    {
        UserId = registration.UserId,
        RegistrationId = registration.Id,
        Purpose = purpose,
        TextVersion = ConsentPurposes.TextVersion,
        Language = registration.Language,
        GivenAt = now,
    };
}
