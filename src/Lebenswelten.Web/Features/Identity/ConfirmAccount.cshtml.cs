using Lebenswelten.Core.Administration;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>
/// The link from the sign-up mail. Opening it only shows a button: mail scanners and link previews open every link,
/// and a confirmation by GET let whoever signed up with someone else's address have it confirmed for them (issue 15).
/// The person's click (POST) confirms, after which the account can log in.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Registration)]
public sealed class ConfirmAccountModel(ResidentSignUp signUp) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public bool Confirmed { get; private set; }

    /// <summary>The link is good: the page shows the button.</summary>
    public bool LinkValid { get; private set; }

    public async Task OnGetAsync()
    {
        LinkValid = await signUp.IsValidAsync(UserId, Code);
        RefuseUnless(LinkValid);
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        Confirmed = (await signUp.ConfirmAsync(UserId, Code, ct)).Succeeded;
        RefuseUnless(Confirmed);
    }

    private void RefuseUnless(bool good)
    {
        if (!good)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
