using Lebenswelten.Web.Features.Shared.Texts;

namespace Lebenswelten.Web.Features.Referrals;

/// <summary>
/// The texts of the referral pages: ReferralsResource.resx (German) and ReferralsResource.en.resx (English). The printed
/// voucher's seven languages are a text set of their own (<see cref="VoucherPrintTexts"/>).
/// </summary>
public sealed class ReferralsResource : ITextSet;
