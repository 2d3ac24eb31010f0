using System.Security.Claims;
using System.ComponentModel.DataAnnotations;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Lebenswelten.Web.Features.Offerings.Registrations;

/// <summary>Registration for one offering: one button for account holders, a short form for guests.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Registration)]
public sealed class RegisterModel(
    OfferingCatalogue catalogue, RegistrationService registrations, UserManager<AppUser> users,
    TimeProvider clock, IStringLocalizer<OfferingsResource> text) : PageModel
{
    public Offering Offering { get; private set; } = null!;
    public OfferingSession? NextSession { get; private set; }
    public bool IsOpen { get; private set; }
    public bool SignedIn => User.Identity?.IsAuthenticated == true;
    public string AccountName => User.FindFirstValue(ClaimTypes.GivenName) ?? User.Identity?.Name ?? "";

    [BindProperty]
    public GuestInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var language = Localization.CurrentLanguage;
        Registrant? who;
        if (SignedIn)
        {
            who = await Registrants.ForAccountAsync(users, User.UserId()!, null, language);
            if (who is null)
            {
                return Challenge();
            }
        }
        else
        {
            if (Registrants.FormatProblem(Input.Sex, Input.BirthYear) is { } format)
            {
                format.AddTo(ModelState, text);
                return Page();
            }
            who = Registrants.ForGuest(Input.ToRequest(language), language);
        }
        var outcome = await registrations.RegisterAsync(id, who, ct);
        if (outcome.Problem is { } problem)
        {
            problem.AddTo(ModelState, text);
            return Page();
        }
        var receipt = outcome.Value!;
        return RedirectToPage("Manage", new { id = receipt.Registration.Id, token = receipt.GuestToken });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await catalogue.FindPublicAsync(id, ct) is not { } offering)
        {
            return false;
        }
        var now = clock.GetUtcNow();
        Offering = offering;
        NextSession = offering.Sessions.Where(s => s.EndsAt > now).MinBy(s => s.StartsAt);
        IsOpen = offering.IsOpenForRegistrationAt(now);
        return true;
    }
}

/// <summary>What a guest types in. Checked by <see cref="Registrant.Validate"/>, so no rules here.</summary>
public sealed class GuestInput : ContactInput
{
    [Display(Name = "Register.PostalCode")]
    public string? PostalCode { get; set; }

    [Display(Name = "Register.BirthYear")]
    public string? BirthYear { get; set; }

    public string? Sex { get; set; }

    public RegisterRequest ToRequest(string language) =>
        new(Name, Email, Phone, PostalCode, Registrants.ParseYear(BirthYear), Sex, language);
}
