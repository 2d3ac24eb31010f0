using Lebenswelten.Core.Referrals;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Referrals;

/// <summary>
/// The voucher to print, A4 or A6, with its code and a QR code, in the language the counsellor picks (?sprache=ar). Open to
/// the issuing counsellor during the conversation only (<see cref="VoucherIssuing.PrintWindow"/>): afterwards the jobcenter
/// never sees the code or the client's note again.
/// </summary>
[PersonalLinkPage]
public sealed class PrintModel(BackOfficeServices services, ReferralAccess access, VoucherIssuing issuing, VoucherLinks links,
    IStringLocalizer<ReferralsResource> text) : CounsellorPage(services, access, text)
{
    [BindProperty(SupportsGet = true, Name = "sprache")]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true, Name = "format")]
    public string? Format { get; set; }

    public IssuedVoucher Issued { get; private set; } = null!;
    public VoucherPrintText Words { get; private set; } = null!;
    public string PrintLanguage { get; private set; } = "de";
    public string RedeemUrl { get; private set; } = "";
    public string RedeemPage => links.RedeemPage();
    public bool IsA4 => Format == "a4";
    public bool IsRightToLeft => VoucherLanguages.IsRightToLeft(PrintLanguage);
    /// <summary>BCP 47 for the lang attribute: Leichte Sprache is German to screen readers and hyphenation.</summary>
    public string LanguageTag => PrintLanguage == VoucherLanguages.EasyGerman ? "de" : PrintLanguage;

    public async Task<IActionResult> OnGetAsync(string site, Guid voucher, CancellationToken ct)
    {
        if (!await LoadCounsellorAsync(site, ct))
        {
            return NotShown();
        }
        var outcome = await issuing.ForPrintAsync(voucher, HttpContext.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            if (problem.Kind == Core.Common.ProblemKind.NotFound)
            {
                return NotFound();
            }
            Show(problem);
            return Page();
        }
        Issued = outcome.Value!;
        PrintLanguage = VoucherLanguages.IsKnown(Language) ? Language! : Issued.Voucher.PrintLanguage;
        Words = VoucherPrintTexts.For(PrintLanguage);
        RedeemUrl = links.Redeem(Issued.Code);
        return Page();
    }
}
