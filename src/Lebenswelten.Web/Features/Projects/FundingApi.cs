using Lebenswelten.Core.Projects;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Projects;

/// <summary>
/// Funding: sources and budgets (set by the insurers' officers), applications and their workflow. Coordinators see all
/// of their site; insurer officers only what is addressed to their insurer — anything else answers 404.
/// </summary>
internal static class FundingApi
{
    /// <summary>The workflow's steps as verbs of the address: POST /api/funding-applications/{id}/submit-idea, …</summary>
    public static readonly IReadOnlyDictionary<ApplicationStep, string> Verbs = Enum.GetValues<ApplicationStep>()
        .ToDictionary(s => s, s => string.Concat(s.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())));

    public static void Map(IEndpointRouteBuilder app)
    {
        var site = app.MapGroup("/api/sites/{site}").WithTags("Funding").RequireAuthorization(Policies.SiteStaff);
        site.MapGet("/funding-sources", SourcesAsync).WithName("ListFundingSources").WithSummary("The funding sources the caller may see.");
        site.MapPost("/funding-sources", CreateSourceAsync).WithName("CreateFundingSource")
            .WithSummary("An insurer officer creates a source of money (joint funding: several insurers with shares in basis points).");
        site.MapGet("/budgets", BudgetsAsync).WithName("ListBudgets")
            .WithSummary("Planned, committed and spent per source for a year, with the law's per-insured figure as context.");
        site.MapGet("/funding-applications", ApplicationsAsync).WithName("ListFundingApplications").WithSummary("The applications the caller may see, paged.");
        app.MapPut("/api/funding-sources/{id:guid}/budgets/{year:int}", PlanAsync).WithTags("Funding").RequireAuthorization()
            .WithName("PlanBudget").WithSummary("Set the planned figure of a source's budget for a year (never below what is committed).");
        app.MapPost("/api/projects/{id:guid}/applications", ApplyAsync).WithTags("Funding").RequireAuthorization()
            .WithName("CreateFundingApplication").WithSummary("Draft an application of the project to a funding source.");
        var one = app.MapGroup("/api/funding-applications/{id:guid}").WithTags("Funding").RequireAuthorization();
        one.MapGet("", GetAsync).WithName("GetFundingApplication").WithSummary("An application with its history and documents (staff names: audited).");
        one.MapPut("", UpdateAsync).WithName("UpdateFundingApplication").WithSummary("Change a draft or an invited full application.");
        one.MapPost("/comments", CommentAsync).WithName("CommentFundingApplication").WithSummary("Add a comment to the application's history.");
        foreach (var (step, verb) in Verbs)
        {
            one.MapPost($"/{verb}", (Guid id, StepDto? body, ApplicationWorkflow workflow, ApplicationDesk desk, [AsParameters] ProjectsApiServices api,
                    CancellationToken ct) => StepAsync(id, step, body, workflow, desk, api, ct))
                .WithName($"FundingApplication{step}").WithSummary($"Workflow step '{verb}' (taken by the {StepRule.All[step].Side.ToString().ToLowerInvariant()}).");
        }
    }

    private static async Task<Results<Ok<List<FundingSourceDto>>, ProblemHttpResult>> SourcesAsync(string site, BudgetBook book,
        [AsParameters] ProjectsApiServices api, CancellationToken ct)
    {
        if (await api.Sites.FindAsync(site, ct) is not { } found)
        {
            return api.SiteNotFound;
        }
        var sources = await book.SourcesAsync(found.Id, api.UserId, ct);
        return sources.Problem is { } problem ? api.Problem(problem) : TypedResults.Ok(sources.Value!.Select(FundingSourceDto.From).ToList());
    }

    private static async Task<Results<Created<FundingSourceDto>, ProblemHttpResult>> CreateSourceAsync(string site, SourceDraftDto body,
        FundingSetup setup, [AsParameters] ProjectsApiServices api, CancellationToken ct)
    {
        if (await api.Sites.FindAsync(site, ct) is not { } found)
        {
            return api.SiteNotFound;
        }
        var draft = new SourceDraft(body.Name, body.Kind ?? (FundingSourceKind)(-1),
            (body.Shares ?? []).Select(s => new ShareDraft(s.OrganisationId, s.BasisPoints)).ToList());
        var created = await setup.CreateSourceAsync(found.Id, draft, api.Actor, ct);
        return created.Problem is { } problem ? api.Problem(problem)
            : TypedResults.Created($"/api/sites/{site}/funding-sources", FundingSourceDto.From(created.Value!));
    }

    private static async Task<Results<Ok<BudgetsDto>, ProblemHttpResult>> BudgetsAsync(string site, BudgetBook book, TimeProvider clock,
        [AsParameters] ProjectsApiServices api, CancellationToken ct, int? year = null)
    {
        if (await api.Sites.FindAsync(site, ct) is not { } found)
        {
            return api.SiteNotFound;
        }
        var shown = year ?? BerlinTime.LocalDate(clock.GetUtcNow()).Year;
        if (shown is < 2000 or > 2100)
        {
            return api.Problem(DomainProblem.Field("year", "YearRange"), StatusCodes.Status400BadRequest);
        }
        var overview = await book.OverviewAsync(found.Id, shown, api.UserId, ct);
        return overview.Problem is { } problem ? api.Problem(problem) : TypedResults.Ok(BudgetsDto.From(shown, overview.Value!));
    }

    private static async Task<Results<Ok<PageOf<ApplicationSummaryDto>>, ProblemHttpResult>> ApplicationsAsync(string site, ApplicationDesk desk,
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
        var listed = await desk.ListAsync(found.Id, api.UserId, page, pageSize, ct);
        return listed.Problem is { } problem ? api.Problem(problem)
            : TypedResults.Ok(PageOf<ApplicationSummaryDto>.Of(listed.Value.Items, ApplicationSummaryDto.From, page, pageSize, listed.Value.Total));
    }

    private static async Task<Results<Ok<BudgetDto>, ProblemHttpResult>> PlanAsync(Guid id, int year, BudgetPlanDto body, FundingSetup setup,
        [AsParameters] ProjectsApiServices api, CancellationToken ct)
    {
        // Without a figure the domain still decides first who may plan (404/403), then refuses the missing figure (422).
        var budget = await setup.PlanAsync(id, year, body.PlannedCents ?? -1, api.Actor, ct);
        return budget.Problem is { } problem ? api.Problem(problem) : TypedResults.Ok(BudgetDto.From(budget.Value!));
    }

    private static async Task<Results<Created<ApplicationDto>, ProblemHttpResult>> ApplyAsync(Guid id, ApplicationDraftDto body, ApplicationDesk desk,
        [AsParameters] ProjectsApiServices api, CancellationToken ct)
    {
        var created = await desk.CreateAsync(id, body.ToDraft(), api.Actor, ct);
        if (created.Problem is { } problem)
        {
            return api.Problem(problem);
        }
        var view = await desk.OpenAsync(created.Value!.Id, api.Actor, ct);
        return TypedResults.Created($"/api/funding-applications/{created.Value.Id}", ApplicationDto.From(view.Value!));
    }

    private static Task<Results<Ok<ApplicationDto>, ProblemHttpResult>> GetAsync(Guid id, ApplicationDesk desk,
        [AsParameters] ProjectsApiServices api, CancellationToken ct) => ShowAsync(id, desk, api, ct);

    private static async Task<Results<Ok<ApplicationDto>, ProblemHttpResult>> UpdateAsync(Guid id, ApplicationDraftDto body, ApplicationDesk desk,
        [AsParameters] ProjectsApiServices api, CancellationToken ct) =>
        (await desk.UpdateAsync(id, body.ToDraft(), api.Actor, ct)).Problem is { } problem ? api.Problem(problem) : await ShowAsync(id, desk, api, ct);

    private static async Task<Results<Ok<ApplicationDto>, ProblemHttpResult>> CommentAsync(Guid id, CommentDto body, ApplicationDesk desk,
        [AsParameters] ProjectsApiServices api, CancellationToken ct) =>
        (await desk.CommentAsync(id, body.Text, api.Actor, ct)).Problem is { } problem ? api.Problem(problem) : await ShowAsync(id, desk, api, ct);

    private static async Task<Results<Ok<ApplicationDto>, ProblemHttpResult>> StepAsync(Guid id, ApplicationStep step, StepDto? body,
        ApplicationWorkflow workflow, ApplicationDesk desk, ProjectsApiServices api, CancellationToken ct) =>
        (await workflow.StepAsync(id, step, (body ?? new StepDto(null, null, null, null, null, null)).ToInput(), api.Actor, ct)).Problem is { } problem
            ? api.Problem(problem) : await ShowAsync(id, desk, api, ct);

    private static async Task<Results<Ok<ApplicationDto>, ProblemHttpResult>> ShowAsync(Guid id, ApplicationDesk desk, ProjectsApiServices api,
        CancellationToken ct)
    {
        var view = await desk.OpenAsync(id, api.Actor, ct);
        return view.Problem is { } problem ? api.Problem(problem) : TypedResults.Ok(ApplicationDto.From(view.Value!));
    }
}
