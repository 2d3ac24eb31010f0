using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Needs;

public sealed record HealthGoalDto(Guid Id, string Text, Guid IndicatorId, int BaselineYear, double BaselineValue, int TargetYear,
    double TargetValue, IReadOnlyList<Guid> DistrictIds, TargetGroups TargetGroups, int? LatestYear, double? LatestValue, double? Progress,
    bool IsSampleData)
{
    public static HealthGoalDto From(GoalProgress p) => new(p.Goal.Id, p.Goal.Text, p.Goal.IndicatorId, p.Goal.BaselineYear, p.Goal.BaselineValue,
        p.Goal.TargetYear, p.Goal.TargetValue, p.Goal.DistrictIds, p.Goal.TargetGroups, p.LatestYear, p.LatestValue, p.Share, p.Goal.IsSampleData);
}

public sealed record HealthGoalDraftDto(string? Text, Guid? IndicatorId, int? BaselineYear, double? BaselineValue, int? TargetYear,
    double? TargetValue, List<Guid>? DistrictIds, TargetGroups? TargetGroups);

/// <summary>
/// The site's health goals (with their target groups and progress): public like the district pages that show them;
/// the site's coordinators add goals. Projects link to these goals.
/// </summary>
public static class HealthGoalsApi
{
    public static void MapHealthGoalsApi(this IEndpointRouteBuilder app)
    {
        var goals = app.MapGroup("/api/sites/{site}/health-goals").WithTags("Needs");
        goals.MapGet("", ListAsync).WithName("ListHealthGoals").AllowAnonymous()
            .WithSummary("The site's health goals with baseline, target, target groups and the latest value.");
        goals.MapPost("", CreateAsync).WithName("CreateHealthGoal").RequireAuthorization(Policies.SiteCoordinator)
            .WithSummary("Add a health goal: an indicator from a baseline to a target, in some or all districts, for some target groups.");
    }

    private static async Task<Results<Ok<List<HealthGoalDto>>, ProblemHttpResult>> ListAsync(string site, SiteDirectory sites, NeedsDirectory needs,
        IStringLocalizer<NeedsResource> text, CancellationToken ct) =>
        await sites.FindAsync(site, ct) is not { } found ? DomainProblem.NotFound("Site.NotFound").ToProblem(text)
            : TypedResults.Ok((await needs.GoalsAsync(found.Id, ct)).Select(HealthGoalDto.From).ToList());

    private static async Task<Results<Created<HealthGoalDto>, ProblemHttpResult>> CreateAsync(string site, HealthGoalDraftDto body, SiteDirectory sites,
        NeedsSettings settings, NeedsDirectory needs, IStringLocalizer<NeedsResource> text, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return DomainProblem.NotFound("Site.NotFound").ToProblem(text);
        }
        var added = await settings.AddGoalAsync(found.Id, new GoalDraft(body.Text, body.IndicatorId ?? Guid.Empty, body.BaselineYear ?? 0,
            body.BaselineValue ?? double.NaN, body.TargetYear ?? 0, body.TargetValue ?? double.NaN, body.DistrictIds ?? [], body.TargetGroups ?? default), ct);
        if (added.Problem is { } problem)
        {
            return problem.ToProblem(text);
        }
        var progress = (await needs.GoalsAsync(found.Id, ct)).Single(g => g.Goal.Id == added.Value!.Id);
        return TypedResults.Created($"/api/sites/{site}/health-goals", HealthGoalDto.From(progress));
    }
}
