using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Referrals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Referrals;

/// <summary>
/// The client's voucher page, through the personal link: offerings of the suggested kinds at the voucher's site, the
/// registrations made with it, exactly what the jobcenter sees, and the consent to give or withdraw at any time.
/// To anyone without the link the voucher does not exist (404).
/// </summary>
[AllowAnonymous]
[PersonalLinkPage]
public sealed class VoucherModel(VoucherHolder holder, ReferralConsents consents, VoucherSuggestions offerings,
    IStringLocalizer<ReferralsResource> text) : PageModel
{

    /// <summary>From the link on GET; from a hidden field on POST, so that it never sits in a form's address.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty(SupportsGet = true, Name = "neu")]
    public bool JustRedeemed { get; set; }

    /// <summary>The client's postcode, to see offerings nearest first; only in this page's address, stored nowhere.</summary>
    [BindProperty(SupportsGet = true, Name = "plz")]
    public string? Postcode { get; set; }

    public HolderView View { get; private set; } = null!;
    public IReadOnlyList<(OfferingCategory Category, IReadOnlyList<VoucherSuggestion> Offerings)> Suggestions { get; private set; } = [];
    public bool SortedByDistance { get; private set; }
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid voucher, CancellationToken ct) =>
        await LoadAsync(voucher, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostConsentAsync(Guid voucher, CancellationToken ct) =>
        ChangeAsync(voucher, () => consents.GiveAsync(voucher, Token, Localization.CurrentLanguage, ct), "Voucher.ConsentGiven", ct);

    public Task<IActionResult> OnPostWithdrawAsync(Guid voucher, CancellationToken ct) =>
        ChangeAsync(voucher, () => consents.WithdrawAsync(voucher, Token, ct), "Voucher.ConsentWithdrawn", ct);

    private async Task<IActionResult> ChangeAsync(Guid voucher, Func<Task<Outcome<ReferralConsent>>> change, string done,
        CancellationToken ct)
    {
        var outcome = await change();
        if (!await LoadAsync(voucher, ct))
        {
            return NotFound();
        }
        if (outcome.Problem is { } problem)
        {
            problem.AddTo(ModelState, text);
        }
        else
        {
            Message = text[done];
        }
        return Page();
    }

    private async Task<bool> LoadAsync(Guid voucher, CancellationToken ct)
    {
        if (await holder.ViewAsync(voucher, Token, ct) is not { } view)
        {
            return false;
        }
        View = view;
        var near = Near();
        SortedByDistance = near is not null;
        Suggestions = await offerings.ForAsync(view.Voucher, near, ct);
        return true;
    }

    /// <summary>The postcode's centre, or null with a field error for one that is no postcode or not one we know.</summary>
    private PostcodeCentroid? Near()
    {
        if (string.IsNullOrWhiteSpace(Postcode))
        {
            return null;
        }
        var code = Postcode.Trim();
        var near = ContactRules.IsPostalCode(code) ? PostcodeCentroids.Find(code) : null;
        if (near is null)
        {
            ModelState.AddModelError(nameof(Postcode), text[ContactRules.IsPostalCode(code) ? "FieldError.PostcodeNotFound" : "FieldError.InvalidPostalCode"]);
        }
        return near;
    }
}
