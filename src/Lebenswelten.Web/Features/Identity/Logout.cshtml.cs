using Lebenswelten.Core.Identity;
using Lebenswelten.Web.Features.Identity.SingleSignOn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>Logout is a POST (with antiforgery); the GET page only offers the button.</summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<AppUser> signIn, SingleSignOnProviders providers) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var provider = providers.ByScheme(User.SignedInThrough());
        await signIn.SignOutAsync();
        // Single sign-on with RP-initiated logout: the provider ends its session too and sends the browser back.
        return provider is { Options.SignOutAtProvider: true } && await SingleSignOnSignOut.AvailableAsync(HttpContext, provider)
            ? SignOut(new AuthenticationProperties { RedirectUri = Url.Page("/Home/Index") }, provider.Scheme)
            : RedirectToPage("/Home/Index");
    }
}
