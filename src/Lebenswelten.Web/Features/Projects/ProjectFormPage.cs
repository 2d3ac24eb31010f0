using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Projects;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Projects;

/// <summary>What the project form offers to choose from: the site's districts, organisations, health goals and offerings.</summary>
public sealed class ProjectChoices(SiteDirectory sites, SiteRoster roster, NeedsDirectory needs, ProjectDirectory projects)
{
    public IReadOnlyList<District> Districts { get; private set; } = [];
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];
    public IReadOnlyList<GoalProgress> Goals { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Title)> Offerings { get; private set; } = [];

    public async Task LoadAsync(Guid siteId, CancellationToken ct)
    {
        Districts = await sites.DistrictsAsync(siteId, ct);
        Organisations = await roster.OrganisationsAsync(siteId, ct);
        Goals = await needs.GoalsAsync(siteId, ct);
        Offerings = await projects.LinkableOfferingsAsync(siteId, ct);
    }
}

/// <summary>The page of the project form: new (no project) or edit.</summary>
public interface IProjectFormPage
{
    ProjectForm Input { get; }
    ProjectChoices Choices { get; }
}

/// <summary>A new project of the site; it starts in the needs assessment.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Identity.Policies.SiteCoordinator)]
public sealed class NewModel(BackOfficeServices services, IStringLocalizer<ProjectsResource> text, ProjectEditor editor, ProjectChoices choices)
    : BackOfficePage(services, text), IProjectFormPage
{
    [BindProperty] public ProjectForm Input { get; set; } = new();
    public ProjectChoices Choices => choices;

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct) => await LoadAsync(site, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string site, CancellationToken ct)
    {
        if (!await LoadAsync(site, ct))
        {
            return NotFound();
        }
        ModelState.Localise(Text);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var created = await editor.CreateAsync(Site.Id, Input.ToDraft(null), HttpContext.AuditActor(), ct);
        if (created.Problem is { } problem)
        {
            Show(problem);
            return Page();
        }
        Saved(Text["Projects.Created"]);
        return RedirectToPage("/Projects/Details", new { site, project = created.Value!.Id });
    }

    private async Task<bool> LoadAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return false;
        }
        await choices.LoadAsync(Site.Id, ct);
        return true;
    }
}

/// <summary>Changes a project's own fields, partners, goals and offerings.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Identity.Policies.SiteCoordinator)]
public sealed class EditModel(BackOfficeServices services, IStringLocalizer<ProjectsResource> text, ProjectDirectory projects, ProjectEditor editor,
    ProjectChoices choices) : ProjectPage(services, text, projects), IProjectFormPage
{
    [BindProperty] public ProjectForm Input { get; set; } = new();
    public ProjectChoices Choices => choices;

    public async Task<IActionResult> OnGetAsync(string site, Guid project, CancellationToken ct)
    {
        if (!await LoadAsync(site, project, ct))
        {
            return NotFound();
        }
        Input = ProjectForm.From(View);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string site, Guid project, CancellationToken ct)
    {
        if (!await LoadAsync(site, project, ct))
        {
            return NotFound();
        }
        ModelState.Localise(Text);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await DoneAsync(await editor.UpdateAsync(project, Input.ToDraft(Project.AgreementId), Actor, ct), site, project, Text["Projects.Saved"], ct);
    }

    private async Task<bool> LoadAsync(string site, Guid project, CancellationToken ct)
    {
        if (!await LoadProjectAsync(site, project, ct))
        {
            return false;
        }
        await choices.LoadAsync(Site.Id, ct);
        return true;
    }
}
