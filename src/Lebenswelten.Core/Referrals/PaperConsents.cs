using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Referrals;

/// <summary>
/// Records a consent, or its withdrawal, that the client gave on the signed paper form "the jobcenter may learn: redeemed
/// yes" (channel <see cref="ConsentChannel.Paper"/>). Who may: the site's counsellors, who hand out the form, and its
/// coordinators, who receive it at the coordination office; nobody else, administrators included. Because the jobcenter
/// records a consent to its own benefit, the record needs the day of signing and the confirmation that the signed paper is
/// at hand, names who recorded it, goes on the audit trail, and shows on the client's page ("on paper, signed on …"), where
/// the client can withdraw it at any time. An older paper never undoes a later withdrawal.
/// </summary>
public sealed class PaperConsents(LebensweltenDbContext db, ReferralAccess access, AuditLog audit, TimeProvider clock)
{
    public const string AuditKind = "ReferralConsent";

    /// <summary>The voucher for someone who may record its paper consent; null (404) for everyone else.</summary>
    public async Task<Voucher?> FindAsync(Guid voucherId, string? userId, CancellationToken ct)
    {
        var voucher = await db.Vouchers.AsNoTracking().SingleOrDefaultAsync(v => v.Id == voucherId, ct);
        return voucher is not null && await access.MayRecordPaperConsentAsync(userId, voucher.SiteId, ct)
            ? voucher : null;
    }

    public async Task<Outcome<ReferralConsent>> RecordAsync(Guid voucherId, PaperConsentDraft draft, AuditActor actor, CancellationToken ct)
    {
        if (await FindAsync(voucherId, actor.UserId, ct) is not { } voucher)
        {
            return DomainProblem.NotFound("Voucher.NotFound");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await RowLock.ForUpdateAsync<Voucher>(db, voucherId, ct);
        var consents = await db.ReferralConsents.Where(c => c.VoucherId == voucherId).ToListAsync(ct);
        var lastWithdrawal = consents.Max(c => c.WithdrawnAt) is { } at ? BerlinTime.LocalDate(at) : (DateOnly?)null;
        if (draft.Validate(Today, BerlinTime.LocalDate(voucher.IssuedAt), lastWithdrawal) is { } invalid)
        {
            return invalid;
        }
        if (consents.Any(c => c.IsActive))
        {
            return DomainProblem.Conflict("PaperConsent.ActiveAlready");
        }
        var consent = ReferralConsents.New(voucherId, ConsentChannel.Paper, "de", clock.GetUtcNow());
        consent.SignedOn = draft.SignedOn;
        consent.RecordedByUserId = actor.UserId;
        db.ReferralConsents.Add(consent);
        audit.Record(actor, AuditAction.Create, AuditKind, consent.Id.ToString(), voucher.SiteId, voucher.RedeemedByUserId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return consent;
    }

    /// <summary>A withdrawal on paper: from now on the jobcenter sees "no information" again.</summary>
    public async Task<Outcome<ReferralConsent>> WithdrawAsync(Guid voucherId, PaperConsentDraft draft, AuditActor actor, CancellationToken ct)
    {
        if (await FindAsync(voucherId, actor.UserId, ct) is not { } voucher)
        {
            return DomainProblem.NotFound("Voucher.NotFound");
        }
        if (draft.Validate(Today, BerlinTime.LocalDate(voucher.IssuedAt), null) is { } invalid)
        {
            return invalid;
        }
        var active = await db.ReferralConsents.Where(c => c.VoucherId == voucherId && c.WithdrawnAt == null).ToListAsync(ct);
        if (active.Count == 0)
        {
            return DomainProblem.Conflict("PaperConsent.NoneActive");
        }
        var now = clock.GetUtcNow();
        active.ForEach(c => (c.WithdrawnAt, c.WithdrawalChannel) = (now, ConsentChannel.Paper));
        audit.Record(actor, AuditAction.Change, AuditKind, active[0].Id.ToString(), voucher.SiteId, voucher.RedeemedByUserId);
        await db.SaveChangesAsync(ct);
        return active[0];
    }

    private DateOnly Today => BerlinTime.LocalDate(clock.GetUtcNow());
}
