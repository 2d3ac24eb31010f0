using Lebenswelten.Core.Ideas;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.Api;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Ideas;

/// <summary>
/// Ideas from residents: the site's published ideas and "you said, we did" for everyone; proposing and supporting for
/// anyone signed in (rate-limited against ballot stuffing); the moderation queue, moderation and answers for the site's
/// staff. Who may act is the domain's decision (IdeaAccess); an idea someone may not handle answers 404.
/// </summary>
public static class IdeasApi
{
    public static void MapIdeasApi(this IEndpointRouteBuilder app)
    {
        var site = app.MapGroup("/api/sites/{site}").WithTags("Ideas");
        site.MapGet("/ideas", ListAsync).AllowAnonymous().WithName("ListIdeas").WithSummary("The site's published ideas with their support counts and answers, paged.");
        site.MapPost("/ideas", ProposeAsync).RequireAuthorization(Policies.SiteMember).RequireRateLimiting(RateLimits.Ideas).WithName("ProposeIdea")
            .WithSummary("Propose an idea at the site; it shows once a coordinator has published it.");
        site.MapGet("/idea-outcomes", OutcomesAsync).AllowAnonymous().WithName("ListIdeaOutcomes")
            .WithSummary("You said, we did: the site's answered ideas with their answer and the offering a plan led to.");
        site.MapGet("/pending-ideas", QueueAsync).RequireAuthorization(Policies.SiteCoordinator).WithName("ListPendingIdeas")
            .WithSummary("The ideas waiting for moderation (the read is audited).");
        var one = app.MapGroup("/api/ideas/{id:guid}").WithTags("Ideas");
        one.MapGet("", GetAsync).AllowAnonymous().WithName("GetIdea").WithSummary("A published idea with its answer history.");
        one.MapPost("/support", SupportAsync).RequireAuthorization().RequireRateLimiting(RateLimits.Ideas).WithName("SupportIdea")
            .WithSummary("Support a published idea; once per person.");
        one.MapPost("/withdraw-support", WithdrawAsync).RequireAuthorization().RequireRateLimiting(RateLimits.Ideas)
            .WithName("WithdrawIdeaSupport").WithSummary("Take one's support of an idea back.");
        one.MapPost("/publish", (Guid id, IdeaModeration moderation, IdeaDirectory ideas, [AsParameters] IdeasApiServices api, CancellationToken ct) =>
                ModerateAsync(id, ModerationStep.Publish, null, moderation, ideas, api, ct))
            .RequireAuthorization().WithName("PublishIdea").WithSummary("Publish a waiting idea (the site's coordinators).");
        one.MapPost("/reject", (Guid id, ModerationDto body, IdeaModeration moderation, IdeaDirectory ideas, [AsParameters] IdeasApiServices api,
                CancellationToken ct) => ModerateAsync(id, ModerationStep.Reject, body, moderation, ideas, api, ct))
            .RequireAuthorization().WithName("RejectIdea").WithSummary("Reject a waiting idea with a reason the proposer is told.");
        one.MapPost("/merge", (Guid id, ModerationDto body, IdeaModeration moderation, IdeaDirectory ideas, [AsParameters] IdeasApiServices api,
                CancellationToken ct) => ModerateAsync(id, ModerationStep.Merge, body, moderation, ideas, api, ct))
            .RequireAuthorization().WithName("MergeIdea").WithSummary("Merge a waiting idea into a published one that says the same.");
        one.MapPost("/answer", AnswerAsync).RequireAuthorization().WithName("AnswerIdea")
            .WithSummary("Answer a published idea: planned (with its offering), under consideration, or not possible with a reason.");
        app.MapGet("/api/me/ideas", MineAsync).WithTags("Ideas").RequireAuthorization().WithName("ListMyIdeas")
            .WithSummary("The caller's own ideas in every state and the ideas they support.");
    }

    private static async Task<Results<Ok<PageOf<IdeaDto>>, ProblemHttpResult>> ListAsync(string site, IdeaDirectory ideas,
        [AsParameters] IdeasApiServices api, CancellationToken ct, int page = 1, int pageSize = 20)
    {
        if (Paging.Check(page, pageSize) is { } paging)
        {
            return api.Problem(paging, StatusCodes.Status400BadRequest);
        }
        if (await api.Sites.FindAsync(site, ct) is not { } found)
        {
            return api.SiteNotFound;
        }
        var (items, total) = await ideas.PublishedAsync(found.Id, page, pageSize, ct);
        return TypedResults.Ok(PageOf<IdeaDto>.Of(items, l => IdeaDto.From(l), page, pageSize, total));
    }

    private static async Task<Results<Created<IdeaDto>, ProblemHttpResult>> ProposeAsync(string site, IdeaDraftDto body, IdeaProposals proposals,
        [AsParameters] IdeasApiServices api, CancellationToken ct)
    {
        if (await api.Sites.FindAsync(site, ct) is not { } found)
        {
            return api.SiteNotFound;
        }
        var proposed = await proposals.ProposeAsync(found.Id, body.ToDraft(), api.Actor, Localization.CurrentLanguage, ct);
        return proposed.Value is { } idea ? TypedResults.Created($"/api/ideas/{idea.Id}", IdeaDto.From(idea)) : api.Problem(proposed.Problem!);
    }

    private static async Task<Results<Ok<List<IdeaDto>>, ProblemHttpResult>> OutcomesAsync(string site, IdeaDirectory ideas,
        [AsParameters] IdeasApiServices api, CancellationToken ct) =>
        await api.Sites.FindAsync(site, ct) is not { } found ? api.SiteNotFound
            : TypedResults.Ok((await ideas.OutcomesAsync(found.Id, ct)).Select(v => IdeaDto.From(v.Listing, null, v.Offering)).ToList());

    private static async Task<Results<Ok<List<IdeaDto>>, ProblemHttpResult>> QueueAsync(string site, IdeaModeration moderation,
        [AsParameters] IdeasApiServices api, CancellationToken ct)
    {
        if (await api.Sites.FindAsync(site, ct) is not { } found)
        {
            return api.SiteNotFound;
        }
        var queue = await moderation.QueueAsync(found.Id, api.Actor, ct);
        return queue.Value is { } ideas ? TypedResults.Ok(ideas.Select(IdeaDto.From).ToList()) : api.Problem(queue.Problem!);
    }

    private static async Task<Results<Ok<IdeaDto>, ProblemHttpResult>> GetAsync(Guid id, IdeaDirectory ideas, [AsParameters] IdeasApiServices api,
        CancellationToken ct)
    {
        var siteId = await ideas.SiteOfAsync(id, ct);
        return siteId is { } s && await ideas.PublicAsync(s, id, ct) is { } view
            ? TypedResults.Ok(IdeaDto.From(view.Listing, view.History, view.Offering)) : api.Problem(IdeaProblems.NotFound);
    }

    private static async Task<Results<Ok<SupportDto>, ProblemHttpResult>> SupportAsync(Guid id, IdeaSupports supports,
        [AsParameters] IdeasApiServices api, CancellationToken ct)
    {
        var supported = await supports.SupportAsync(id, api.Actor, ct);
        return supported.Succeeded ? TypedResults.Ok(new SupportDto(id, supported.Value)) : api.Problem(supported.Problem!);
    }

    private static async Task<Results<Ok<SupportDto>, ProblemHttpResult>> WithdrawAsync(Guid id, IdeaSupports supports,
        [AsParameters] IdeasApiServices api, CancellationToken ct)
    {
        var withdrawn = await supports.WithdrawAsync(id, api.Actor, ct);
        return withdrawn.Succeeded ? TypedResults.Ok(new SupportDto(id, withdrawn.Value)) : api.Problem(withdrawn.Problem!);
    }

    private static async Task<Results<Ok<IdeaDto>, ProblemHttpResult>> ModerateAsync(Guid id, ModerationStep step, ModerationDto? body,
        IdeaModeration moderation, IdeaDirectory ideas, IdeasApiServices api, CancellationToken ct)
    {
        var moderated = await moderation.ModerateAsync(id, step, body?.Reason, body?.MergeIntoId, api.Actor, ct);
        return moderated.Succeeded ? TypedResults.Ok(IdeaDto.From(await ideas.ListingAsync(id, ct))) : api.Problem(moderated.Problem!);
    }

    private static async Task<Results<Ok<IdeaDto>, ProblemHttpResult>> AnswerAsync(Guid id, IdeaAnswerDto body, IdeaAnswers answers,
        IdeaDirectory ideas, [AsParameters] IdeasApiServices api, CancellationToken ct)
    {
        var answered = await answers.AnswerAsync(id, body.ToDraft(), api.Actor, ct);
        return answered.Value is { } idea ? TypedResults.Ok(IdeaDto.From(await ideas.ListingAsync(id, ct), idea.Answers)) : api.Problem(answered.Problem!);
    }

    private static async Task<Ok<MyIdeasDto>> MineAsync(IdeaDirectory ideas, [AsParameters] IdeasApiServices api, CancellationToken ct)
    {
        var mine = await ideas.MineAsync(api.UserId!, ct);
        return TypedResults.Ok(new MyIdeasDto([.. mine.Proposed.Select(l => IdeaDto.From(l))], [.. mine.Supported.Select(l => IdeaDto.From(l))]));
    }
}

/// <summary>What every ideas endpoint needs, bound in one go ([AsParameters]).</summary>
internal sealed record IdeasApiServices(HttpContext Http, SiteDirectory Sites, IStringLocalizer<IdeasResource> Text)
{
    public AuditActor Actor => Http.AuditActor();

    public string? UserId => Http.User.UserId();

    public ProblemHttpResult Problem(DomainProblem problem, int? status = null) => problem.ToProblem(Text, status);

    public ProblemHttpResult SiteNotFound => Problem(DomainProblem.NotFound("Site.NotFound"));
}
