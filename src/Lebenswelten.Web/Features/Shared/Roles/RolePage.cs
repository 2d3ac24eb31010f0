using Lebenswelten.Web.Features.Shared.BackOffice;
using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Shared.Roles;

public sealed class RoleForm
{
    public Guid? SiteId { get; set; }
    public SiteRole? Role { get; set; }
    public Guid? OrganisationId { get; set; }
    public Guid? RoleId { get; set; }
}

/// <summary>
/// One person's roles, changed by an administrator (every site, <see cref="FixedSite"/> null) or by a coordinator
/// (only at the site of the address). Every change needs a recent login (confirmed password and code).
/// </summary>
[RecentLoginForChanges]
public abstract class RolePage(UserDirectory directory, UserAdministration administration, SiteDirectory sites,
    SiteRoster roster, AdminScopes scopes, IStringLocalizer text) : PageModel
{
    protected UserAdministration Administration { get; } = administration;

    [BindProperty]
    public RoleForm Input { get; set; } = new();

    public UserSummary Person { get; private set; } = null!;
    public Site? FixedSite { get; private set; }
    public IReadOnlyList<Site> SiteChoices { get; private set; } = [];
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];
    public IReadOnlyList<RoleHeld> Roles => Person.Roles.Where(r => FixedSite is null || r.SiteId == FixedSite.Id).ToList();
    public IReadOnlyList<SiteRole> RoleChoices =>
        Enum.GetValues<SiteRole>().Where(r => FixedSite is null || r != SiteRole.Administrator).ToList();

    protected string UserId => RouteData.Values["userId"] as string ?? "";

    /// <summary>Which destructive step the page is asking about (<c>?bestaetigen=…</c>), shown with <c>_ConfirmAction</c>.</summary>
    [BindProperty(SupportsGet = true, Name = "bestaetigen")]
    public string? Confirming { get; set; }

    /// <summary>The reason the person is told (required on every step that takes access away).</summary>
    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The confirmation to show now, or null; the derived page knows its steps.</summary>
    public virtual ConfirmAction? Confirmation => null;

    /// <summary>A confirmation step of this page, which posts <paramref name="handler"/> with the reason and comes back here.</summary>
    protected ConfirmAction Confirm(string step, string handler, string question, string hint, string submit, string reasonHint,
        IReadOnlyList<string>? affected = null) =>
        new(question, handler, submit, Request.PathBase + Request.Path)
        {
            Hint = hint,
            Affected = affected ?? [],
            Fields = new Dictionary<string, string> { ["bestaetigen"] = step },
            Reason = new ConfirmReason(nameof(Reason), text["ConfirmAction.ReasonLabel"], reasonHint, Reason, "Input." + nameof(Reason)),
        };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostAddRoleAsync(CancellationToken ct) => ChangeAsync(async (scope, actor) =>
        Input.Role is not { } role ? DomainProblem.Field(nameof(RoleForm.Role), "Required")
        : (await Administration.AssignRoleAsync(scope, UserId, new RoleGrant(FixedSite?.Id ?? Input.SiteId, role, Input.OrganisationId),
            actor, ct)).Problem,
        () => text["Admin.RoleAdded"], ct);

    public Task<IActionResult> OnPostRemoveRoleAsync(CancellationToken ct) => ChangeAsync(async (scope, actor) =>
        Input.RoleId is not { } roleId || Roles.All(r => r.Id != roleId) ? DomainProblem.Field(nameof(RoleForm.RoleId), "Required")
        : (await Administration.RemoveRoleAsync(scope, UserId, roleId, actor, ct)).Problem,
        () => text["Admin.RoleRemoved"], ct);

    /// <summary>Runs a change; on a problem the page again (with the open confirmation), else the message and the page anew.</summary>
    protected async Task<IActionResult> ChangeAsync(Func<AdminScope, Core.Privacy.AuditActor, Task<DomainProblem?>> change,
        Func<string> done, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        if (await change(await scopes.ForAsync(User.UserId(), ct), HttpContext.AuditActor()) is { } problem)
        {
            problem.AddTo(ModelState, text);
            return Page();
        }
        TempData[BackOfficePage.SavedMessage] = done();
        return Redirect(Request.Path);
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (RouteData.Values["site"] is string slug && (FixedSite = await sites.FindAsync(slug, ct)) is null)
        {
            return false;
        }
        var outcome = await directory.FindAsync(await scopes.ForAsync(User.UserId(), ct), UserId, HttpContext.AuditActor(), ct);
        if (outcome.Value is not { } person || (FixedSite is not null && person.Roles.All(r => r.SiteId != FixedSite.Id)))
        {
            return false;
        }
        Person = person;
        SiteChoices = FixedSite is { } fixedSite ? [fixedSite] : await sites.ListAsync(ct);
        var organisations = new List<Organisation>();
        foreach (var site in SiteChoices)
        {
            organisations.AddRange(await roster.OrganisationsAsync(site.Id, ct));
        }
        Organisations = organisations;
        return true;
    }
}
