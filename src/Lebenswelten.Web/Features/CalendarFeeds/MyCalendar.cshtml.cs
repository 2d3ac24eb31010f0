using Lebenswelten.Core.CalendarFeeds;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.CalendarFeeds;

/// <summary>
/// /konto/kalender: the signed-in person creates, renews or revokes the secret link of their own calendar feed. The new
/// link is shown in the answer to the POST and nowhere else — not in TempData, not on a later visit: only its hash is
/// kept (ASVS 5.0 V7.2.1). The account always comes from the sign-in, never from the form.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class MyCalendarModel(PersonalCalendarFeeds feeds, PublicAddress address, LinkGenerator links) : PageModel
{
    public CalendarFeedInfo? Feed { get; private set; }

    /// <summary>The feed's https address, only right after creating or renewing.</summary>
    public string? NewLink { get; private set; }

    public string? Subscribe => NewLink is { } link && link.IndexOf("://", StringComparison.Ordinal) is var i and > 0 ? "webcal" + link[i..] : null;

    [TempData]
    public string? Saved { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Feed = await feeds.FindAsync(User.UserId()!, ct);

    public async Task<IActionResult> OnPostIssueAsync(CancellationToken ct)
    {
        var token = await feeds.IssueAsync(User.UserId()!, ct);
        NewLink = address.Link(links.GetPathByName(PersonalFeedEndpoint.RouteName, new { token })!);
        await OnGetAsync(ct);
        // The page holds a secret: no cache may keep it (ASVS 5.0 V14.3.2).
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync([FromServices] IStringLocalizer<CalendarFeedsResource> text, CancellationToken ct)
    {
        await feeds.RevokeAsync(User.UserId()!, ct);
        Saved = text["MyCalendar.Revoked"];
        return RedirectToPage();
    }
}
