using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Lebenswelten.Web.Features.Identity;

public sealed class SignUpForm
{
    public string? DisplayName { get; set; }
    public string? Email { get; set; }
    public string? Password { get; set; }
    public Guid? SiteId { get; set; }
    public bool AcceptsTerms { get; set; }
}

/// <summary>Residents open their own account; it can log in once the mailed link is followed.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Registration)]
public sealed class SignUpModel(ResidentSignUp signUp, SiteDirectory sites, IStringLocalizer<IdentityResource> text) : PageModel
{
    [BindProperty]
    public SignUpForm Input { get; set; } = new();

    public IReadOnlyList<Site> Sites { get; private set; } = [];
    public bool Sent { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Sites = await sites.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Sites = await sites.ListAsync(ct);
        var outcome = await signUp.SignUpAsync(
            new SignUpRequest(Input.DisplayName, Input.Email, Input.Password, Input.SiteId, Input.AcceptsTerms),
            Localization.CurrentLanguage, ct);
        if (outcome.Problem is { } problem)
        {
            // Model binding errors (a site id that is no id) are replaced by the domain's own.
            ModelState.Clear();
            problem.AddTo(ModelState, text);
            return Page();
        }
        Sent = true;
        return Page();
    }
}
