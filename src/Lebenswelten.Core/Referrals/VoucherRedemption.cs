using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Referrals;

/// <summary>
/// The client redeems the code, without an account. A voucher is redeemed once, by one person: the first request's
/// conditional update wins, however many arrive at once, and every other gets "already redeemed". Guessing is limited
/// by the web layer's rate limit (ASVS V2.2.1); a wrong code tells nothing but "not found".
/// </summary>
public sealed class VoucherRedemption(LebensweltenDbContext db, HolderTokens tokens, TimeProvider clock)
{
    /// <param name="tellJobcenter">The separate, free choice that the jobcenter may learn "redeemed: yes"; no by default.</param>
    public async Task<Outcome<RedeemedVoucher>> RedeemAsync(string? code, bool tellJobcenter, string? userId, string language,
        CancellationToken ct)
    {
        if (VoucherCodes.Normalise(code) is not { } normalised)
        {
            return DomainProblem.Field("Code", "InvalidCode");
        }
        var hash = VoucherCodes.Hash(normalised);
        var voucher = await db.Vouchers.AsNoTracking().SingleOrDefaultAsync(v => v.CodeHash == hash, ct);
        if (voucher is null)
        {
            return DomainProblem.NotFound("Voucher.NotFound");
        }
        var now = clock.GetUtcNow();
        if (voucher.IsRedeemed)
        {
            return DomainProblem.Conflict("Voucher.AlreadyRedeemed");
        }
        if (!voucher.IsValidOn(BerlinTime.LocalDate(now)))
        {
            return DomainProblem.Conflict("Voucher.Expired");
        }
        var (token, protectedToken) = tokens.Issue();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // One statement decides: the row changes only while nobody has redeemed it, so exactly one request wins.
        var won = await db.Vouchers.Where(v => v.Id == voucher.Id && v.RedeemedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(v => v.RedeemedAt, now)
                .SetProperty(v => v.RedeemedByUserId, userId)
                .SetProperty(v => v.ProtectedHolderToken, protectedToken)
                // The code has done its work; the jobcenter can no longer print it (nor anyone use it).
                .SetProperty(v => v.ProtectedCode, (string?)null), ct);
        if (won == 0)
        {
            return DomainProblem.Conflict("Voucher.AlreadyRedeemed");
        }
        if (tellJobcenter)
        {
            db.ReferralConsents.Add(ReferralConsents.New(voucher.Id, ConsentChannel.Web, language, now));
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        voucher.RedeemedAt = now;
        voucher.RedeemedByUserId = userId;
        voucher.ProtectedHolderToken = protectedToken;
        voucher.ProtectedCode = null;
        return new RedeemedVoucher(voucher, token);
    }
}
