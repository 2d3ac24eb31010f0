using Lebenswelten.Core.Referrals;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Referrals;

/// <summary>
/// Records what a client signed on the paper form: the consent that the jobcenter may learn "redeemed: yes", or its
/// withdrawal (<see cref="PaperConsents"/>: the site's counsellors and coordinators). The page shows only the voucher's
/// number and dates, never whether it was redeemed or when a consent was given: that would tell the jobcenter more than
/// the consent allows.
/// </summary>
[Authorize(Policy = Policies.SiteStaff)]
public sealed class PaperConsentModel(BackOfficeServices services, ReferralAccess access, PaperConsents consents,
    IStringLocalizer<ReferralsResource> text) : BackOfficePage(services, text)
{
    [BindProperty]
    public PaperConsentForm Input { get; set; } = new();

    public Voucher Voucher { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string site, Guid voucher, CancellationToken ct) =>
        await LoadAsync(site, voucher, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string site, Guid voucher, CancellationToken ct)
    {
        if (await LoadAsync(site, voucher, ct) is { } refused)
        {
            return refused;
        }
        ModelState.Localise(Text);
        var withdrawal = Input.Kind == PaperConsentForm.Withdrawal;
        if (Input.Kind is not (PaperConsentForm.Consent or PaperConsentForm.Withdrawal))
        {
            ModelState.AddModelError("Input.Kind", Text["FieldError.Required"]);
        }
        var draft = new PaperConsentDraft(Input.SignedOn, Input.PaperAtHand);
        if (!ModelState.IsValid)
        {
            // Every error at once: the form's own and the paper's rules (the withdrawal rule is the domain's, on saving).
            Show(draft.Validate(BerlinTime.LocalDate(Clock.GetUtcNow()), BerlinTime.LocalDate(Voucher.IssuedAt), null));
            return Page();
        }
        var outcome = withdrawal
            ? await consents.WithdrawAsync(voucher, draft, HttpContext.AuditActor(), ct)
            : await consents.RecordAsync(voucher, draft, HttpContext.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            Show(problem);
            return Page();
        }
        Saved(Text[withdrawal ? "PaperConsent.Withdrawn" : "PaperConsent.Recorded"]);
        return RedirectToPage("Index", new { site });
    }

    /// <summary>Null when the page may be shown; otherwise 404 (unknown site or voucher) or 403 (not a role that records).</summary>
    private async Task<IActionResult?> LoadAsync(string site, Guid voucher, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        if (!await access.MayRecordPaperConsentAsync(User.UserId(), Site.Id, ct))
        {
            return Forbid();
        }
        if (await consents.FindAsync(voucher, User.UserId(), ct) is not { } found || found.SiteId != Site.Id)
        {
            return NotFound();
        }
        Voucher = found;
        return null;
    }
}

/// <summary>What was signed (consent or withdrawal), the day it was signed, and that the signed paper is at hand.</summary>
public sealed class PaperConsentForm
{
    public const string Consent = "consent";
    public const string Withdrawal = "withdrawal";

    public string? Kind { get; set; }
    public DateOnly? SignedOn { get; set; }
    public bool PaperAtHand { get; set; }
}
