using Lebenswelten.Core.Evaluation;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Evaluation;

/// <summary>
/// Evaluation figures (issue 20): aggregates only, every count held back under the minimum or rounded to fives. The
/// site's routes serve its coordinators, insurer officers and evaluators; the cross-site one the programme evaluator.
/// </summary>
public static class EvaluationApi
{
    public static void MapEvaluationApi(this IEndpointRouteBuilder app)
    {
        var site = app.MapGroup("/api/sites/{site}/evaluation").WithTags("Evaluation").RequireAuthorization(Policies.SiteStaff);
        site.MapGet("/reach", ReachAsync).WithName("SiteReach")
            .WithSummary("Reach of a site: groupBy (district, ageBand, sex, category, targetGroup, month, quarter, year, project), from, to, category, targetGroup.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        site.MapGet("/equity", EquityAsync).WithName("SiteEquity")
            .WithSummary("Reach per district against residents, need rank and GISD quintile, and the concentration index.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        site.MapGet("/consultations", ConsultationsAsync).WithName("SiteConsultations")
            .WithSummary("Video consultations booked, held and cancelled per room and month (they outlive the 90-day purge).")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        site.MapPost("/refresh", RefreshAsync).WithName("RefreshEvaluation")
            .WithSummary("Count the site's figures again now (coordinators); the job does it every hour anyway.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/evaluation/reach", AcrossSitesAsync).WithTags("Evaluation").WithName("ReachAcrossSites")
            .RequireAuthorization()
            .WithSummary("Site-level reach across the sites where the caller is an evaluator or insurer officer (groupBy without district or project).")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static Task<Results<Ok<ReachTableDto>, ProblemHttpResult>> ReachAsync(string site, string? groupBy, string? from,
        string? to, string? category, string? targetGroup, SiteDirectory sites, ReachReport reach, TimeProvider clock, HttpContext context,
        IStringLocalizer<EvaluationResource> text, CancellationToken ct) =>
        AnswerAsync(sites, site, ReachInput.Parse(groupBy, from, to, category, targetGroup, Today(clock)), text,
            (siteId, query) => reach.ForSiteAsync(siteId!.Value, query, context.User.UserId(), ct), t => ReachTableDto.Of(t, v => GroupLabels.Of(v, text)), ct);

    private static Task<Results<Ok<ReachTableDto>, ProblemHttpResult>> AcrossSitesAsync(string? groupBy, string? from, string? to,
        string? category, string? targetGroup, ReachReport reach, TimeProvider clock, HttpContext context,
        IStringLocalizer<EvaluationResource> text, CancellationToken ct) =>
        AnswerAsync(null, null, ReachInput.Parse(groupBy ?? "site", from, to, category, targetGroup, Today(clock)), text,
            (_, query) => reach.AcrossSitesAsync(query, context.User.UserId(), ct), t => ReachTableDto.Of(t, v => GroupLabels.Of(v, text)), ct);

    private static Task<Results<Ok<EquityDto>, ProblemHttpResult>> EquityAsync(string site, string? from, string? to,
        SiteDirectory sites, EquityReport equity, TimeProvider clock, HttpContext context, IStringLocalizer<EvaluationResource> text,
        CancellationToken ct) =>
        AnswerAsync(sites, site, ReachInput.Parse(null, from, to, null, null, Today(clock)), text,
            (siteId, query) => equity.ForSiteAsync(siteId!.Value, query.From, query.To, context.User.UserId(), ct), EquityDto.From, ct);

    private static Task<Results<Ok<List<ConsultationMonthDto>>, ProblemHttpResult>> ConsultationsAsync(string site, string? from,
        string? to, SiteDirectory sites, ConsultationReport consultations, TimeProvider clock, HttpContext context,
        IStringLocalizer<EvaluationResource> text, CancellationToken ct) =>
        AnswerAsync(sites, site, ReachInput.Parse(null, from, to, null, null, Today(clock)), text,
            (siteId, query) => consultations.ForSiteAsync(siteId!.Value, query.From, query.To, context.User.UserId(), ct),
            months => months.Select(ConsultationMonthDto.From).ToList(), ct);

    private static DateOnly Today(TimeProvider clock) => BerlinTime.LocalDate(clock.GetUtcNow());

    /// <summary>
    /// The one shape of every evaluation read: the site (404 if unknown), the query (400 if it does not parse), the domain's
    /// answer (403, 422) or the figures.
    /// </summary>
    private static async Task<Results<Ok<TDto>, ProblemHttpResult>> AnswerAsync<T, TDto>(SiteDirectory? sites, string? slug,
        Outcome<ReachQuery> query, IStringLocalizer text, Func<Guid?, ReachQuery, Task<Outcome<T>>> read, Func<T, TDto> map,
        CancellationToken ct)
    {
        Guid? siteId = null;
        if (sites is not null)
        {
            if (await sites.FindAsync(slug!, ct) is not { } found)
            {
                return DomainProblem.NotFound("Site.NotFound").ToProblem(text);
            }
            siteId = found.Id;
        }
        if (query.Problem is { } malformed)
        {
            return malformed.ToProblem(text, StatusCodes.Status400BadRequest);
        }
        var outcome = await read(siteId, query.Value!);
        return outcome.Problem is { } problem ? problem.ToProblem(text) : TypedResults.Ok(map(outcome.Value!));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RefreshAsync(string site, SiteDirectory sites, ReachRefresh refresh,
        HttpContext context, IStringLocalizer<EvaluationResource> text, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return DomainProblem.NotFound("Site.NotFound").ToProblem(text);
        }
        var outcome = await refresh.RefreshOnDemandAsync(found.Id, context.User.UserId(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(text) : TypedResults.NoContent();
    }
}
