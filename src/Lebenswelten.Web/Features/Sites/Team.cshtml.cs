using Lebenswelten.Web.Features.Shared.BackOffice;
using Lebenswelten.Web.Features.Shared.Roles;
using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Sites;

public sealed class InviteForm
{
    public string? Email { get; set; }
    public SiteRole? Role { get; set; }
    public Guid? OrganisationId { get; set; }
}

/// <summary>Who holds which role at the site (personal data, for the site's coordinators only), and invitations to join.</summary>
[Authorize(Policy = Policies.SiteCoordinator)]
public sealed class TeamModel(SiteDirectory directory, SiteRoster roster, AuditLog audit, Invitations invitations, AdminScopes scopes,
    IStringLocalizer<SitesResource> text) : PageModel
{
    public Site Site { get; private set; } = null!;
    public IReadOnlyList<SiteMember> Members { get; private set; } = [];
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    [BindProperty]
    public InviteForm Invite { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct) =>
        await LoadAsync(site, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostInviteAsync(string site, CancellationToken ct)
    {
        if (!await LoadAsync(site, ct))
        {
            return NotFound();
        }
        var outcome = Invite.Role is not { } role
            ? Core.Common.DomainProblem.Field(nameof(InviteForm.Role), "Required")
            : (await invitations.InviteAsync(await scopes.ForAsync(User.UserId(), ct), Site.Id,
                new InvitationRequest(Invite.Email, role, Invite.OrganisationId), Localization.CurrentLanguage, HttpContext.AuditActor(),
                ct)).Problem;
        if (outcome is { } problem)
        {
            problem.AddTo(ModelState, text, nameof(Invite));
            return Page();
        }
        TempData[BackOfficePage.SavedMessage] = text["Team.Invited", Invite.Email!.Trim()].Value;
        return RedirectToPage("/Sites/Team", new { site = Site.Slug });
    }

    private async Task<bool> LoadAsync(string site, CancellationToken ct)
    {
        if (await directory.FindAsync(site, ct) is not { } found)
        {
            return false;
        }
        Site = found;
        Members = await roster.MembersAsync(found.Id, ct);
        Organisations = await roster.OrganisationsAsync(found.Id, ct);
        await audit.RecordReadAsync(HttpContext.AuditActor(), "Site.Members", found.Slug, found.Id, ct, Members.Select(m => m.UserId));
        return true;
    }
}
