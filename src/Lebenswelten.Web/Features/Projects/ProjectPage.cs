using Lebenswelten.Core.Projects;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Projects;

/// <summary>A back-office page of one project: the site and the project, if the caller may plan it (else 404).</summary>
public abstract class ProjectPage(BackOfficeServices services, IStringLocalizer<ProjectsResource> text, ProjectDirectory projects)
    : BackOfficePage(services, text)
{
    public ProjectView View { get; private set; } = null!;
    public Project Project => View.Project;
    protected ProjectDirectory Projects => projects;
    protected Lebenswelten.Core.Privacy.AuditActor Actor => HttpContext.AuditActor();

    protected async Task<bool> LoadProjectAsync(string site, Guid project, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return false;
        }
        var opened = await projects.OpenAsync(project, Actor, ct);
        if (opened.Value is not { } view || view.Project.SiteId != Site.Id)
        {
            return false;
        }
        View = view;
        return true;
    }

    /// <summary>The outcome of a form: the page again with its errors, or the saved message and this project's page.</summary>
    protected async Task<IActionResult> DoneAsync<T>(Outcome<T> outcome, string site, Guid project, string message, CancellationToken ct,
        string page = "/Projects/Details", string prefix = "Input")
    {
        if (outcome.Problem is { } problem)
        {
            await LoadProjectAsync(site, project, ct);
            Show(problem, prefix);
            return Page();
        }
        Saved(message);
        return RedirectToPage(page, new { site, project });
    }
}
