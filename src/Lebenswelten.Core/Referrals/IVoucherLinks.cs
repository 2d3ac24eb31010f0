namespace Lebenswelten.Core.Referrals;

/// <summary>Absolute links for the voucher mail; the web app knows its public address, the domain does not.</summary>
public interface IVoucherLinks
{
    /// <summary>The redemption page with the code filled in (what the printed QR code carries).</summary>
    string Redeem(string code);
}
