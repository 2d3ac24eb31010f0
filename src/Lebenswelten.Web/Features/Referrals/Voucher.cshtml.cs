using Lebenswelten.Core.Offerings;
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
public sealed class VoucherModel(VoucherHolder holder, ReferralConsents consents, OfferingCatalogue catalogue,
    IStringLocalizer<ReferralsResource> text) : PageModel
{
    public const int OfferingsPerCategory = 6;

    /// <summary>From the link on GET; from a hidden field on POST, so that it never sits in a form's address.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty(SupportsGet = true, Name = "neu")]
    public bool JustRedeemed { get; set; }

    public HolderView View { get; private set; } = null!;
    public IReadOnlyList<(OfferingCategory Category, IReadOnlyList<Offering> Offerings)> Suggestions { get; private set; } = [];
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
        var suggestions = new List<(OfferingCategory, IReadOnlyList<Offering>)>();
        foreach (var category in view.Voucher.Categories)
        {
            var page = await catalogue.SearchAsync(new CatalogueQuery
            {
                SiteId = view.Voucher.SiteId, Category = category, PageSize = OfferingsPerCategory,
            }, ct);
            suggestions.Add((category, page.Items));
        }
        Suggestions = suggestions;
        return true;
    }
}
