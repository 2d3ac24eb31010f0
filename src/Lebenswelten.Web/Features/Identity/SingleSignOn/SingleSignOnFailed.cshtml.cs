using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Identity.SingleSignOn;

/// <summary>Why a single sign-on did not work, in words for the person; only known reasons, nothing from the address is echoed.</summary>
[AllowAnonymous]
public sealed class SingleSignOnFailedModel : PageModel
{
    public const string Invalid = "Invalid";
    public const string Cancelled = "Cancelled";
    public const string Expired = "Expired";

    private static readonly HashSet<string> Known =
    [
        Invalid, Cancelled, Expired, "Sso.NoRole", "Sso.EmailUnverified", "Sso.LinkYourself", "Sso.Deactivated",
        "Sso.UnknownSite", "Sso.AccountRefused", "Sso.LinkedElsewhere", "Sso.NotFresh",
    ];

    [BindProperty(SupportsGet = true, Name = "grund")]
    public string? Reason { get; set; }

    public string MessageKey => "SsoFailed."
        + (Reason is not null && Known.Contains(Reason) ? Reason.Replace("Sso.", "", StringComparison.Ordinal) : Invalid);

    public void OnGet()
    {
    }
}
