using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Shared.Roles;

/// <summary>
/// Sent invitations with their state, for a site's coordinators (<see cref="FixedSite"/>) or the administrator (all
/// sites): send again with a new link, or withdraw after asking (issue 25). <see cref="InvitationDesk"/> decides who may.
/// </summary>
public abstract class InvitationsPage(InvitationDesk desk, SiteDirectory sites, AdminScopes scopes, IStringLocalizer text) : PageModel
{
    public const int PageSize = 50;

    public Site? FixedSite { get; private set; }
    public IReadOnlyList<InvitationRow> Items { get; private set; } = [];
    public int Total { get; private set; }

    [BindProperty(SupportsGet = true, Name = "seite")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The invitation the sender is about to withdraw (asked first).</summary>
    [BindProperty(SupportsGet = true, Name = "zurueckziehen")]
    public Guid? ToWithdraw { get; set; }

    public ConfirmAction? Confirmation => Items.FirstOrDefault(i => i.Id == ToWithdraw && i.State is InvitationState.Open
        or InvitationState.Expired) is { } row
        ? new ConfirmAction(text["Invitations.WithdrawQuestion", row.Email, row.SiteName], "Withdraw", text["Invitations.Withdraw"],
            Request.PathBase + Request.Path)
        {
            Hint = text["Invitations.WithdrawHint"],
            Fields = new Dictionary<string, string> { ["zurueckziehen"] = row.Id.ToString() },
        }
        : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostResendAsync(Guid invitation, CancellationToken ct) => ActAsync(async scope =>
        await desk.ResendAsync(scope, invitation, Localization.CurrentLanguage, HttpContext.AuditActor(), ct, FixedSite?.Id), "Invitations.Resent", ct);

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct) => ActAsync(async scope =>
        await desk.WithdrawAsync(scope, ToWithdraw ?? Guid.Empty, HttpContext.AuditActor(), ct, FixedSite?.Id), "Invitations.Withdrawn", ct);

    private async Task<IActionResult> ActAsync(Func<AdminScope, Task<Outcome<InvitationRow>>> act, string doneKey, CancellationToken ct)
    {
        if (RouteData.Values["site"] is string slug && (FixedSite = await sites.FindAsync(slug, ct)) is null)
        {
            return NotFound();
        }
        var outcome = await act(await scopes.ForAsync(User.UserId(), ct));
        if (outcome.Problem is { } problem)
        {
            ToWithdraw = null;
            problem.AddTo(ModelState, text);
            return await LoadAsync(ct) ? Page() : NotFound();
        }
        TempData[BackOfficePage.SavedMessage] = text[doneKey, outcome.Value!.Email].Value;
        return Redirect(Request.PathBase + Request.Path);
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (RouteData.Values["site"] is string slug && (FixedSite ??= await sites.FindAsync(slug, ct)) is null)
        {
            return false;
        }
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        var outcome = await desk.ListAsync(await scopes.ForAsync(User.UserId(), ct), FixedSite?.Id, PageNumber, PageSize,
            HttpContext.AuditActor(), ct);
        (Items, Total) = outcome.Value;
        return outcome.Succeeded;
    }
}
