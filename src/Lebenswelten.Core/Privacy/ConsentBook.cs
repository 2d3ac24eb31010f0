namespace Lebenswelten.Core.Privacy;

/// <summary>
/// Records, lists and withdraws consents. Withdrawing stops the processing: each capability that holds data under the
/// consent (<see cref="IConsentHolder"/>) removes what it covered.
/// </summary>
public sealed class ConsentBook(LebensweltenDbContext db, IEnumerable<IConsentHolder> holders, AuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// Adds one consent that came with a registration into the caller's unit of work. The capability decides which
    /// purposes the person's input gave (GDPR Art. 4(11): an affirmative act, not a pre-ticked box). Given on the phone,
    /// the record names the member of staff who entered it (Art. 7(1): the controller must be able to show it).
    /// </summary>
    public static void Record(LebensweltenDbContext db, string? userId, Guid registrationId, string purpose, string language,
        DateTimeOffset now, ConsentChannel channel = ConsentChannel.Web, string? recordedByUserId = null) =>
        db.Consents.Add(new Consent
        {
            UserId = userId,
            RegistrationId = registrationId,
            Purpose = purpose,
            TextVersion = ConsentPurposes.TextVersion,
            Language = language,
            GivenAt = now,
            Channel = channel,
            RecordedByUserId = recordedByUserId,
        });

    /// <summary>
    /// The consents stay as proof of what was agreed (Art. 7(1)), but no longer say by whom, nor which erased member of
    /// staff entered those given by phone (the channel stays).
    /// </summary>
    public static async Task ForgetPersonAsync(LebensweltenDbContext db, string userId, CancellationToken ct)
    {
        await db.Consents.Where(c => c.UserId == userId).ExecuteUpdateAsync(u => u.SetProperty(c => c.UserId, (string?)null), ct);
        await db.Consents.Where(c => c.RecordedByUserId == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.RecordedByUserId, (string?)null), ct);
    }

    /// <summary>As <see cref="ForgetPersonAsync"/>, for the consents that came with anonymised registrations.</summary>
    public static Task ForgetPersonAsync(LebensweltenDbContext db, IReadOnlyCollection<Guid> registrationIds, CancellationToken ct) =>
        db.Consents.Where(c => c.RegistrationId != null && registrationIds.Contains(c.RegistrationId.Value))
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.UserId, (string?)null), ct);

    /// <summary>The consents of registrations that are deleted outright: nothing is left that they could prove.</summary>
    public static Task<int> DeleteForAsync(LebensweltenDbContext db, IQueryable<Guid> registrationIds, CancellationToken ct) =>
        db.Consents.Where(c => c.RegistrationId != null && registrationIds.Contains(c.RegistrationId.Value)).ExecuteDeleteAsync(ct);

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
        consent.WithdrawnAt = clock.GetUtcNow();
        foreach (var holder in holders)
        {
            await holder.WithdrawnAsync(consent, ct);
        }
        audit.Record(actor, AuditAction.Change, "Consent", consent.Id.ToString(), subjectUserId: consent.UserId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return consent;
    }
}
