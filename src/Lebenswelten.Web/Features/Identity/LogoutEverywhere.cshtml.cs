using Lebenswelten.Core.CalendarFeeds;
using Lebenswelten.Core.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>
/// Ends every session of the account (ASVS 5.0 V7.4.3): a new security stamp refuses other cookies at their
/// next check (<see cref="SessionLimits.SecurityStampValidationSeconds"/>) and bearer tokens at once. The secret calendar
/// link is revoked too: whoever fears a stolen session fears a leaked link as well (docs/de/konto.md).
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class LogoutEverywhereModel(SignInManager<AppUser> signIn, AccountAudit audit, PersonalCalendarFeeds feeds) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
            await feeds.RevokeAsync(user.Id, HttpContext.RequestAborted);
            await audit.RecordAsync(user.Id, AccountAudit.LoggedOutEverywhere);
        }
        await signIn.SignOutAsync();
        return RedirectToPage("/Identity/Login");
    }
}
