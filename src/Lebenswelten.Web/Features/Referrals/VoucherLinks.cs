using Lebenswelten.Core.Referrals;

namespace Lebenswelten.Web.Features.Referrals;

/// <summary>
/// Absolute links of the referral pages, from the configured public address (never the request's Host header): the
/// client's personal page, and the redemption page with the code filled in, which the printed QR code carries.
/// </summary>
public sealed class VoucherLinks(PublicAddress address) : IVoucherLinks
{
    public string Client(Guid voucherId, string token) => address.Link($"/gutschein/{voucherId}?token={Uri.EscapeDataString(token)}");

    public string Redeem(string code) => address.Link($"/gutschein?code={Uri.EscapeDataString(code)}");

    /// <summary>The address printed under the QR code, for those who type it.</summary>
    public string RedeemPage() => address.Link("/gutschein");

    public static bool IsRightToLeft(string language) => VoucherLanguages.IsRightToLeft(language);
}
