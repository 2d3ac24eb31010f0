using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Referrals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Lebenswelten.Web.Features.Referrals;

/// <summary>
/// Registration for one offering with the voucher: the normal flow (places, waiting list, the guest's e-mail confirmation),
/// counted against the voucher. Signed-in clients register with their account.
/// </summary>
[AllowAnonymous]
[PersonalLinkPage]
[EnableRateLimiting(Hosting.RateLimits.Registration)]
public sealed class RegisterModel(VoucherHolder holder, OfferingCatalogue catalogue, UserManager<AppUser> users,
    IStringLocalizer<ReferralsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    public Offering Offering { get; private set; } = null!;
    public RegistrationReceipt? Receipt { get; private set; }
    public bool SignedIn => User.UserId() is not null;

    public async Task<IActionResult> OnGetAsync(Guid voucher, Guid offering, CancellationToken ct) =>
        await LoadAsync(voucher, offering, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid voucher, Guid offering, CancellationToken ct)
    {
        if (!await LoadAsync(voucher, offering, ct))
        {
            return NotFound();
        }
        var account = User.UserId() is { } userId ? await users.FindByIdAsync(userId) : null;
        var who = VoucherRegistrants.Of(account, Name, Email, Localization.CurrentLanguage);
        var outcome = await holder.RegisterAsync(voucher, Token, offering, who, ct);
        if (outcome.Problem is { } problem)
        {
            // The form's fields are the registrant's own names (Name, Email): no prefix.
            problem.AddTo(ModelState, text, prefix: "");
            foreach (var key in ModelState.Keys.Where(k => k.StartsWith('.')).ToList())
            {
                foreach (var error in ModelState[key]!.Errors)
                {
                    ModelState.AddModelError(key[1..], error.ErrorMessage);
                }
                ModelState.Remove(key);
            }
            return Page();
        }
        Receipt = outcome.Value;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid voucher, Guid offering, CancellationToken ct)
    {
        if (await holder.FindVoucherAsync(voucher, Token, ct) is null || await catalogue.FindPublicAsync(offering, ct) is not { } found)
        {
            return false;
        }
        Offering = found;
        return true;
    }
}
