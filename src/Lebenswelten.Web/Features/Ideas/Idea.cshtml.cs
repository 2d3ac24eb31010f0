using Lebenswelten.Core.Ideas;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Lebenswelten.Web.Features.Ideas;

/// <summary>
/// One published idea: its text, how many support it, the answer and its history. Supporting needs a login (once per
/// person is only possible with a person), and is rate-limited per client against ballot stuffing.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Ideas)]
public sealed class IdeaModel(SiteDirectory sites, IdeaDirectory ideas, IdeaSupports supports, IStringLocalizer<IdeasResource> text) : PageModel
{
    public Site Site { get; private set; } = null!;
    public IdeaView View { get; private set; } = null!;
    public bool Supports { get; private set; }

    public async Task<IActionResult> OnGetAsync(string site, Guid idea, CancellationToken ct) =>
        await LoadAsync(site, idea, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSupportAsync(string site, Guid idea, CancellationToken ct) =>
        ActAsync(site, idea, () => supports.SupportAsync(idea, HttpContext.AuditActor(), ct), "Ideas.Supported", ct);

    public Task<IActionResult> OnPostWithdrawAsync(string site, Guid idea, CancellationToken ct) =>
        ActAsync(site, idea, () => supports.WithdrawAsync(idea, HttpContext.AuditActor(), ct), "Ideas.Withdrawn", ct);

    private async Task<IActionResult> ActAsync(string site, Guid idea, Func<Task<Outcome<int>>> act, string message, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }
        if (!await LoadAsync(site, idea, ct))
        {
            return NotFound();
        }
        var outcome = await act();
        if (outcome.Problem is { } problem)
        {
            problem.AddTo(ModelState, text);
            return Page();
        }
        TempData[Shared.BackOffice.BackOfficePage.SavedMessage] = text[message].Value;
        return RedirectToPage(new { site, idea = View.Listing.Idea.Id });
    }

    private async Task<bool> LoadAsync(string site, Guid idea, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found || await ideas.PublicAsync(found.Id, idea, ct) is not { } view)
        {
            return false;
        }
        (Site, View) = (found, view);
        Supports = await ideas.SupportsAsync(view.Listing.Idea.Id, User.UserId(), ct);
        return true;
    }
}
