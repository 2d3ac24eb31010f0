using Microsoft.AspNetCore.DataProtection;

namespace Lebenswelten.Core.Referrals;

/// <summary>The secret of the client's personal voucher link, which stands in for an account (no account needed, issue 19).</summary>
public sealed class HolderTokens(IDataProtectionProvider protection)
{
    private readonly PersonalLinkTokens tokens = new(protection, "Lebenswelten.Referral.Holder.v1");

    public (string Token, string Protected) Issue() => tokens.Issue();

    public bool Verify(Voucher voucher, string? token) => tokens.Verify(voucher.ProtectedHolderToken, token);
}
