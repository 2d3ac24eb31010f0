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

    [BindProperty(SupportsGet = true, Name = "versendet")]
    public bool Mailed { get; set; }

    /// <summary>The client's address for sending the voucher by e-mail (<see cref="VoucherIssuing.MailAsync"/>).</summary>
    [BindProperty]
    public MailForm Input { get; set; } = new();

    /// <summary>Null when the voucher cannot be shown (printing closed): the page then shows why.</summary>
    public IssuedVoucher? Issued { get; private set; }
    public VoucherPrintText Words { get; private set; } = null!;
    public string PrintLanguage { get; private set; } = "de";
    public string RedeemUrl { get; private set; } = "";
    public string RedeemPage => links.RedeemPage();
    public bool IsA4 => Format == "a4";
    public bool IsRightToLeft => VoucherLanguages.IsRightToLeft(PrintLanguage);
    /// <summary>BCP 47 for the lang attribute: Leichte Sprache is German to screen readers and hyphenation.</summary>
    public string LanguageTag => PrintLanguage == VoucherLanguages.EasyGerman ? "de" : PrintLanguage;

    public async Task<IActionResult> OnGetAsync(string site, Guid voucher, CancellationToken ct) =>
        await LoadCounsellorAsync(site, ct) ? await ShowAsync(voucher, ct) : NotShown();

    /// <summary>Sends the voucher to the address typed in; the page again, with the field error or the note that it went.</summary>
    public async Task<IActionResult> OnPostMailAsync(string site, Guid voucher, CancellationToken ct)
    {
        if (!await LoadCounsellorAsync(site, ct))
        {
            return NotShown();
        }
        var outcome = await issuing.MailAsync(voucher, Input.Email, HttpContext.AuditActor(), ct);
        if (outcome.Problem is { Kind: Core.Common.ProblemKind.NotFound })
        {
            return NotFound();
        }
        if (outcome.Problem is { } problem)
        {
            Show(problem);
            return await ShowAsync(voucher, ct);
        }
        return RedirectToPage("Print", new { site, voucher, sprache = Language, format = Format, versendet = true });
    }

    private async Task<IActionResult> ShowAsync(Guid voucher, CancellationToken ct)
    {
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
        PrintLanguage = VoucherLanguages.Current(VoucherLanguages.IsKnown(Language) ? Language! : Issued.Voucher.PrintLanguage);
        Words = VoucherPrintTexts.For(PrintLanguage);
        RedeemUrl = links.Redeem(Issued.Code);
        return Page();
    }
}

/// <summary>The print page's mail form: the client's address only.</summary>
public sealed class MailForm
{
    public string? Email { get; set; }
}
