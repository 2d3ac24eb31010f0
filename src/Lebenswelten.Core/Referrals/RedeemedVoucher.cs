namespace Lebenswelten.Core.Referrals;

/// <summary>The redeemed voucher and the secret of the client's personal link to it (given once, at redemption).</summary>
public sealed record RedeemedVoucher(Voucher Voucher, string HolderToken);
