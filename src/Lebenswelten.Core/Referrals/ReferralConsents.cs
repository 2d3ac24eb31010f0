using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Referrals;

/// <summary>Gives and withdraws the client's consent to the "redeemed: yes" status, keeping every earlier record.</summary>
public sealed class ReferralConsents(LebensweltenDbContext db, VoucherHolder holder, TimeProvider clock)
{
    public static ReferralConsent New(Guid voucherId, ConsentChannel channel, string language, DateTimeOffset now) => new()
    {
        VoucherId = voucherId,
        Purpose = ConsentPurposes.ReferralRedeemedStatus,
        TextVersion = ConsentPurposes.TextVersion,
        Channel = channel,
        Language = language == "en" ? "en" : "de",
        GivenAt = now,
    };

    public async Task<Outcome<ReferralConsent>> GiveAsync(Guid voucherId, string? token, string language, CancellationToken ct)
    {
        if (await holder.FindVoucherAsync(voucherId, token, ct) is null)
        {
            return DomainProblem.NotFound("Voucher.NotFound");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await RowLock.ForUpdateAsync<Voucher>(db, voucherId, ct);
        if (await db.ReferralConsents.AnyAsync(c => c.VoucherId == voucherId && c.WithdrawnAt == null, ct))
        {
            return DomainProblem.Conflict("Consent.AlreadyGiven");
        }
        var consent = New(voucherId, ConsentChannel.Web, language, clock.GetUtcNow());
        db.ReferralConsents.Add(consent);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return consent;
    }

    /// <summary>Withdrawal (GDPR Art. 7(3)): from this moment the jobcenter sees "no information" again.</summary>
    public async Task<Outcome<ReferralConsent>> WithdrawAsync(Guid voucherId, string? token, CancellationToken ct)
    {
        if (await holder.FindVoucherAsync(voucherId, token, ct) is null)
        {
            return DomainProblem.NotFound("Voucher.NotFound");
        }
        var now = clock.GetUtcNow();
        var active = await db.ReferralConsents.Where(c => c.VoucherId == voucherId && c.WithdrawnAt == null).ToListAsync(ct);
        if (active.Count == 0)
        {
            return DomainProblem.Conflict("Consent.AlreadyWithdrawn");
        }
        active.ForEach(c => (c.WithdrawnAt, c.WithdrawalChannel) = (now, ConsentChannel.Web));
        await db.SaveChangesAsync(ct);
        return active[0];
    }
}
