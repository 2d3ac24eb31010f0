using Lebenswelten.Core.Identity;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Lebenswelten.Web.Features.Identity.SingleSignOn;

/// <summary>
/// The account's own work accounts: an owner who logged in (password and code) within the last minutes links a
/// provider's account here — staff accounts are never linked by address alone (docs/SECURITY.md, "Single sign-on").
/// </summary>
[Authorize(Policy = Policies.RecentLogin)]
[EnableRateLimiting(RateLimits.Login)]
public sealed class SingleSignOnLinksModel(SingleSignOnProviders providers, SignInManager<AppUser> signIn) : PageModel
{
    public const string LinkItem = "lw.link";

    [BindProperty]
    public string? Provider { get; set; }

    [BindProperty(SupportsGet = true, Name = "verknuepft")]
    public bool JustLinked { get; set; }

    public IReadOnlyList<string> Linked { get; private set; } = [];
    public IReadOnlyList<SingleSignOnProvider> Linkable { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Challenge();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }
        if (Linkable.FirstOrDefault(p => p.Name == Provider) is not { } provider)
        {
            return RedirectToPage();
        }
        var properties = signIn.ConfigureExternalAuthenticationProperties(provider.Scheme, Url.Page(SingleSignOnStartModel.ReturnPage));
        // Inside the protected state: the answer links to this account only, and only while it is still logged in.
        properties.Items[LinkItem] = signIn.UserManager.GetUserId(User);
        return Challenge(properties, provider.Scheme);
    }

    private async Task<bool> LoadAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is not { } user)
        {
            return false;
        }
        var logins = await signIn.UserManager.GetLoginsAsync(user);
        Linked = logins.Select(l => l.ProviderDisplayName ?? l.LoginProvider).ToList();
        Linkable = providers.All.Where(p => logins.All(l => l.LoginProvider != p.Scheme)).ToList();
        return true;
    }
}
