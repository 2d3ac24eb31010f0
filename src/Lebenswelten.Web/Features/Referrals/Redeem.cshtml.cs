using Lebenswelten.Core.Referrals;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Lebenswelten.Web.Features.Referrals;

/// <summary>
/// The client redeems the code (the QR code fills it in), without an account. The consent to tell the jobcenter is a
/// separate, unticked choice (GDPR Art. 7(2), Art. 4(11)); without it the jobcenter learns nothing. Tries are counted
/// against the voucher-code budget, so codes cannot be guessed.
/// </summary>
[AllowAnonymous]
[PersonalLinkPage]
[EnableRateLimiting(RateLimits.VoucherCode)]
public sealed class RedeemModel(VoucherRedemption redemption, IStringLocalizer<ReferralsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public bool TellJobcenter { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Localise(text);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var outcome = await redemption.RedeemAsync(Code, TellJobcenter, User.UserId(), Localization.CurrentLanguage, ct);
        if (outcome.Problem is { } problem)
        {
            // The code is the form's only field: whatever is wrong with the voucher is said there.
            var message = problem.FieldErrors is null ? text[$"Problem.{problem.Code}"] : text["FieldError.InvalidCode"];
            ModelState.AddModelError(nameof(Code), message);
            return Page();
        }
        return RedirectToPage("Voucher", new { voucher = outcome.Value!.Voucher.Id, token = outcome.Value.HolderToken, neu = true });
    }
}
