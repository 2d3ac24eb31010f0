namespace Lebenswelten.Core.Referrals;

/// <summary>A voucher with its code in the clear: only right after issuing, for the print and the mail.</summary>
public sealed record IssuedVoucher(Voucher Voucher, string Code);
