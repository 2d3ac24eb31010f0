using Lebenswelten.Core.Projects;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Projects;

/// <summary>
/// Projects: the site's list and new ones (its coordinators), one project by id (404 to all but its planners), its
/// phase fields, the step to the next phase, milestones and the good-practice profile. Who may act is the domain's
/// decision (ProjectAccess). Funding lives in <see cref="FundingApi"/>.
/// </summary>
public static class ProjectsApi
{
    public static void MapProjectsApi(this IEndpointRouteBuilder app)
    {
        var site = app.MapGroup("/api/sites/{site}/projects").WithTags("Projects").RequireAuthorization(Policies.SiteCoordinator);
        site.MapGet("", ListAsync).WithName("ListProjects").WithSummary("The site's projects, paged.");
        site.MapPost("", CreateAsync).WithName("CreateProject").WithSummary("Create a project at the site (it starts in the needs assessment).");
        var one = app.MapGroup("/api/projects/{id:guid}").WithTags("Projects").RequireAuthorization();
        one.MapGet("", GetAsync).WithName("GetProject").WithSummary("A project with partners, goals, offerings, phases and its good-practice profile.");
        one.MapPut("", UpdateAsync).WithName("UpdateProject").WithSummary("Change a project's own fields, partners, goals and offerings.");
        one.MapPut("/cycle", SaveCycleAsync).WithName("SaveProjectCycle").WithSummary("Save the fields of the phases the project has reached.");
        one.MapPost("/advance", AdvanceAsync).WithName("AdvanceProject").WithSummary("Move the project to the next phase (recorded with who and when).");
        one.MapPost("/milestones", AddMilestoneAsync).WithName("AddProjectMilestone").WithSummary("Add a milestone to the plan.");
        one.MapPut("/good-practice", SaveProfileAsync).WithName("SaveGoodPracticeProfile")
            .WithSummary("Rate criteria of the 12 good-practice criteria (level 0–4 and a justification).");
        FundingApi.Map(app);
    }

    private static async Task<Results<Ok<PageOf<ProjectSummaryDto>>, ProblemHttpResult>> ListAsync(string site, ProjectDirectory projects,
        [AsParameters] ProjectsApiServices api, CancellationToken ct, int page = 1, int pageSize = 20)
    {
        if (Paging.Check(page, pageSize) is { } paging)
        {
            return api.Problem(paging, StatusCodes.Status400BadRequest);
        }
        if (await api.Sites.FindAsync(site, ct) is not { } found)
        {
            return api.SiteNotFound;
        }
        var listed = await projects.ListAsync(found.Id, api.UserId, page, pageSize, ct);
        return listed.Problem is { } problem ? api.Problem(problem)
            : TypedResults.Ok(PageOf<ProjectSummaryDto>.Of(listed.Value.Items, ProjectSummaryDto.From, page, pageSize, listed.Value.Total));
    }

    private static async Task<Results<Created<ProjectDto>, ProblemHttpResult>> CreateAsync(string site, ProjectDraftDto body, ProjectEditor editor,
        ProjectDirectory projects, [AsParameters] ProjectsApiServices api, CancellationToken ct)
    {
        if (await api.Sites.FindAsync(site, ct) is not { } found)
        {
            return api.SiteNotFound;
        }
        if (body.Setting is null)
        {
            // A project is planned for a setting; the API does not guess one (the form always sends its choice).
            return api.Problem(DomainProblem.Field("Setting", "Required"));
        }
        var created = await editor.CreateAsync(found.Id, body.ToDraft(), api.Actor, ct);
        if (created.Problem is { } problem)
        {
            return api.Problem(problem);
        }
        var view = (await projects.OpenAsync(created.Value!.Id, api.Actor, ct)).Value!;
        return TypedResults.Created($"/api/projects/{view.Project.Id}", ProjectDto.From(view, EligibilityHint.For(found)));
    }

    private static Task<Results<Ok<ProjectDto>, ProblemHttpResult>> GetAsync(Guid id, ProjectDirectory projects,
        [AsParameters] ProjectsApiServices api, CancellationToken ct) => ShowAsync(id, projects, api, ct);

    private static async Task<Results<Ok<ProjectDto>, ProblemHttpResult>> UpdateAsync(Guid id, ProjectDraftDto body, ProjectEditor editor,
        ProjectDirectory projects, [AsParameters] ProjectsApiServices api, CancellationToken ct) =>
        (await editor.UpdateAsync(id, body.ToDraft(), api.Actor, ct)).Problem is { } problem ? api.Problem(problem) : await ShowAsync(id, projects, api, ct);

    private static async Task<Results<Ok<ProjectDto>, ProblemHttpResult>> SaveCycleAsync(Guid id, PhaseFieldsDto body, ActionCycle cycle,
        ProjectDirectory projects, [AsParameters] ProjectsApiServices api, CancellationToken ct) =>
        (await cycle.SavePhaseFieldsAsync(id, body.ToDraft(), api.Actor, ct)).Problem is { } problem ? api.Problem(problem)
            : await ShowAsync(id, projects, api, ct);

    private static async Task<Results<Ok<ProjectDto>, ProblemHttpResult>> AdvanceAsync(Guid id, ActionCycle cycle, ProjectDirectory projects,
        [AsParameters] ProjectsApiServices api, CancellationToken ct) =>
        (await cycle.MoveOnAsync(id, api.Actor, ct)).Problem is { } problem ? api.Problem(problem) : await ShowAsync(id, projects, api, ct);

    private static async Task<Results<Ok<ProjectDto>, ProblemHttpResult>> AddMilestoneAsync(Guid id, MilestoneDraftDto body, ActionCycle cycle,
        ProjectDirectory projects, [AsParameters] ProjectsApiServices api, CancellationToken ct) =>
        (await cycle.AddMilestoneAsync(id, body.Title, body.DueOn, api.Actor, ct)).Problem is { } problem ? api.Problem(problem)
            : await ShowAsync(id, projects, api, ct);

    private static async Task<Results<Ok<ProjectDto>, ProblemHttpResult>> SaveProfileAsync(Guid id, GoodPracticeDto body, GoodPracticeProfile profile,
        ProjectDirectory projects, [AsParameters] ProjectsApiServices api, CancellationToken ct)
    {
        var ratings = (body.Ratings ?? []).Select(r => new RatingDraft(r.Criterion, r.Level ?? -1, r.Justification)).ToList();
        return (await profile.SaveAsync(id, ratings, api.Actor, ct)).Problem is { } problem ? api.Problem(problem)
            : await ShowAsync(id, projects, api, ct);
    }

    private static async Task<Results<Ok<ProjectDto>, ProblemHttpResult>> ShowAsync(Guid id, ProjectDirectory projects, ProjectsApiServices api,
        CancellationToken ct)
    {
        var opened = await projects.OpenAsync(id, api.Actor, ct);
        if (opened.Problem is { } problem)
        {
            return api.Problem(problem);
        }
        var site = (await api.Sites.ListAsync(ct)).Single(s => s.Id == opened.Value!.Project.SiteId);
        return TypedResults.Ok(ProjectDto.From(opened.Value!, EligibilityHint.For(site)));
    }
}
