using Lebenswelten.Core.Identity;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Lebenswelten.Web.Features.Identity.SingleSignOn;

/// <summary>
/// GET lists every provider by site; POST (antiforgery, on the login budget) sends the browser to the chosen one.
/// The handler adds state, nonce and the PKCE challenge; the answer comes back to <see cref="SingleSignOnReturnModel"/>.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Login)]
public sealed class SingleSignOnStartModel(SingleSignOnProviders providers, SignInManager<AppUser> signIn,
    IStringLocalizer<IdentityResource> text) : PageModel
{
    /// <summary>Where the provider sends the person back to.</summary>
    public const string ReturnPage = "/Identity/SingleSignOn/SingleSignOnReturn";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Provider { get; set; }

    public bool AnyProvider => providers.All.Count > 0;

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        if (providers.ByName(Provider) is not { } provider)
        {
            ModelState.AddModelError(string.Empty, text["Sso.UnknownProvider"]);
            return Page();
        }
        var next = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Page(AccountChallenges.LandingPage);
        var properties = signIn.ConfigureExternalAuthenticationProperties(provider.Scheme, Url.Page(ReturnPage, new { returnUrl = next }));
        return Challenge(properties, provider.Scheme);
    }
}
