using Lebenswelten.Core.Surveys;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.Api;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Surveys;

/// <summary>
/// Surveys: the site's list and new ones, one survey by id (404 to all but its managers: coordinators, administrators and the
/// site's housing companies, SurveyAccess), its questions, publishing, closing, results under the small-number rule,
/// flyer codes, paper answers, what came of it and the needs feed. Answering is public: the questionnaire and a response,
/// rate-limited ("survey-answer").
/// </summary>
public static class SurveysApi
{
    public static void MapSurveysApi(this IEndpointRouteBuilder app)
    {
        var site = app.MapGroup("/api/sites/{site}/surveys").WithTags("Surveys").RequireAuthorization(Policies.SiteStaff);
        site.MapGet("", ListAsync).WithName("ListSurveys").WithSummary("The site's surveys, paged (coordinators and housing companies).");
        site.MapPost("", CreateAsync).WithName("CreateSurvey").WithSummary("Create a survey (a draft), with its questions.");
        var one = app.MapGroup("/api/surveys/{id:guid}").WithTags("Surveys");
        var staff = one.MapGroup("").RequireAuthorization();
        staff.MapGet("", GetAsync).WithName("GetSurvey").WithSummary("A survey with its questions and number of answers.");
        staff.MapPut("", UpdateAsync).WithName("UpdateSurvey").WithSummary("Change a survey's title, texts, dates, district and groups.");
        staff.MapPost("/questions", AddQuestionAsync).WithName("AddSurveyQuestion").WithSummary("Add a question to a draft survey.");
        staff.MapDelete("/questions/{questionId:guid}", RemoveQuestionAsync).WithName("RemoveSurveyQuestion").WithSummary("Remove a question from a draft survey.");
        staff.MapPost("/publish", (Guid id, SurveyBuilder b, SurveyDirectory d, [AsParameters] SurveysApiServices api, CancellationToken ct) =>
            ChangeAsync(id, () => b.PublishAsync(id, api.UserId, ct), d, api, ct)).WithName("PublishSurvey").WithSummary("Publish a draft: its questions are fixed from now on.");
        staff.MapPost("/close", (Guid id, SurveyBuilder b, SurveyDirectory d, [AsParameters] SurveysApiServices api, CancellationToken ct) =>
            ChangeAsync(id, () => b.CloseAsync(id, api.UserId, ct), d, api, ct)).WithName("CloseSurvey").WithSummary("Close a survey now.");
        staff.MapPut("/outcome", (Guid id, OutcomeDto body, SurveyOutcomes o, SurveyDirectory d, [AsParameters] SurveysApiServices api, CancellationToken ct) =>
            ChangeAsync(id, () => o.WriteAsync(id, body.WhatWeLearned, body.WhatWeDo, api.UserId, ct), d, api, ct))
            .WithName("WriteSurveyOutcome").WithSummary("What was learned and what will be done, for \"You said, we did\" (closed surveys).");
        staff.MapGet("/results", ResultsAsync).WithName("GetSurveyResults")
            .WithSummary("Counts and shares per question (grouping: all, district, targetGroup); under the minimum null and heldBack.");
        staff.MapPost("/tickets", TicketsAsync).WithName("CreateSurveyTickets").WithSummary("A batch of single-use flyer codes, shown this once.");
        staff.MapPost("/paper-responses", PaperAsync).WithName("EnterPaperResponse").WithSummary("Answers typed in from a paper form.");
        staff.MapPost("/needs-feed", FeedAsync).WithName("FeedSurveyIntoNeeds").WithSummary("Write linked options' shares per district into the needs indicators.");
        one.MapGet("/questionnaire", QuestionnaireAsync).AllowAnonymous().WithName("GetSurveyQuestionnaire")
            .WithSummary("The questions of a published survey, for answering without an account.");
        one.MapPost("/responses", RespondAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SurveyAnswer).WithName("AnswerSurvey")
            .WithSummary("Answer an open survey without an account; nothing about the device is stored.");
    }

    private static async Task<Results<Ok<PageOf<SurveyDto>>, ProblemHttpResult>> ListAsync(string site, SurveyDirectory directory,
        [AsParameters] SurveysApiServices api, CancellationToken ct, int page = 1, int pageSize = 20)
    {
        if (Paging.Check(page, pageSize) is { } paging)
        {
            return api.Problem(paging, StatusCodes.Status400BadRequest);
        }
        if (await api.Sites.FindAsync(site, ct) is not { } found)
        {
            return api.SiteNotFound;
        }
        var listed = await directory.ListAsync(found.Id, api.UserId, page, pageSize, ct);
        return listed.Problem is { } problem ? api.Problem(problem)
            : TypedResults.Ok(PageOf<SurveyDto>.Of(listed.Value.Items, SurveyDto.From, page, pageSize, listed.Value.Total));
    }

    private static async Task<Results<Created<SurveyDto>, ProblemHttpResult>> CreateAsync(string site, SurveyDraftDto body, SurveyBuilder builder,
        SurveyDirectory directory, [AsParameters] SurveysApiServices api, CancellationToken ct)
    {
        if (await api.Sites.FindAsync(site, ct) is not { } found)
        {
            return api.SiteNotFound;
        }
        var created = await builder.CreateAsync(found.Id, body.ToDraft(), api.UserId, ct);
        if (created.Problem is { } problem)
        {
            return api.Problem(problem);
        }
        foreach (var question in body.Questions ?? [])
        {
            var added = await builder.AddQuestionAsync(created.Value!.Id, question.ToDraft(), api.UserId, ct);
            if (added.Problem is { } refused)
            {
                // The survey stays as a draft with the questions before; the caller corrects the one named and goes on.
                return api.Problem(refused);
            }
        }
        var shown = (await directory.OpenAsync(created.Value!.Id, api.UserId, ct)).Value!;
        return TypedResults.Created($"/api/surveys/{shown.Survey.Id}", SurveyDto.From(shown));
    }

    private static async Task<Results<Ok<SurveyDto>, ProblemHttpResult>> GetAsync(Guid id, SurveyDirectory directory,
        [AsParameters] SurveysApiServices api, CancellationToken ct) =>
        await directory.OpenAsync(id, api.UserId, ct) is { Problem: null } opened ? TypedResults.Ok(SurveyDto.From(opened.Value!))
            : api.Problem(SurveyProblems.NotFound);

    private static Task<Results<Ok<SurveyDto>, ProblemHttpResult>> UpdateAsync(Guid id, SurveyDraftDto body, SurveyBuilder builder,
        SurveyDirectory directory, [AsParameters] SurveysApiServices api, CancellationToken ct) =>
        ChangeAsync(id, () => builder.UpdateAsync(id, body.ToDraft(), api.UserId, ct), directory, api, ct);

    private static Task<Results<Ok<SurveyDto>, ProblemHttpResult>> AddQuestionAsync(Guid id, QuestionDraftDto body, SurveyBuilder builder,
        SurveyDirectory directory, [AsParameters] SurveysApiServices api, CancellationToken ct) =>
        ChangeAsync(id, () => builder.AddQuestionAsync(id, body.ToDraft(), api.UserId, ct), directory, api, ct);

    private static Task<Results<Ok<SurveyDto>, ProblemHttpResult>> RemoveQuestionAsync(Guid id, Guid questionId, SurveyBuilder builder,
        SurveyDirectory directory, [AsParameters] SurveysApiServices api, CancellationToken ct) =>
        ChangeAsync(id, () => builder.RemoveQuestionAsync(id, questionId, api.UserId, ct), directory, api, ct);

    private static async Task<Results<Ok<SurveyResultDto>, ProblemHttpResult>> ResultsAsync(Guid id, SurveyResults results,
        [AsParameters] SurveysApiServices api, CancellationToken ct, string? grouping = null)
    {
        // camelCase as everywhere in the API ("targetGroup"); the enum's own binding would be case-sensitive.
        if (!Enum.TryParse<ResultGrouping>(grouping ?? nameof(ResultGrouping.All), ignoreCase: true, out var chosen) || !Enum.IsDefined(chosen))
        {
            return api.Problem(DomainProblem.Field("Grouping", "Unknown"), StatusCodes.Status400BadRequest);
        }
        var result = await results.ForAsync(id, chosen, api.UserId, ct);
        return result.Problem is { } problem ? api.Problem(problem) : TypedResults.Ok(SurveyResultDto.From(result.Value!));
    }

    private static async Task<Results<Ok<TicketBatchDto>, ProblemHttpResult>> TicketsAsync(Guid id, TicketsDto body, SurveyDirectory directory,
        [AsParameters] SurveysApiServices api, CancellationToken ct)
    {
        var codes = await directory.CreateTicketsAsync(id, body.Count ?? 0, api.UserId, ct);
        return codes.Problem is { } problem ? api.Problem(problem) : TypedResults.Ok(new TicketBatchDto(codes.Value!));
    }

    private static async Task<Results<Created<CreatedResponseDto>, ProblemHttpResult>> PaperAsync(Guid id, ResponseDto body, SurveyAnswering answering,
        [AsParameters] SurveysApiServices api, CancellationToken ct)
    {
        var stored = await answering.EnterFromPaperAsync(id, body.ToFilledIn(), api.UserId, ct);
        return stored.Problem is { } problem ? api.Problem(problem) : TypedResults.Created($"/api/surveys/{id}", new CreatedResponseDto(id, true));
    }

    private static async Task<Results<Ok<NeedsFeedDto>, ProblemHttpResult>> FeedAsync(Guid id, SurveyNeedsFeed feed,
        [AsParameters] SurveysApiServices api, CancellationToken ct)
    {
        var fed = await feed.FeedAsync(id, api.UserId, ct);
        return fed.Problem is { } problem ? api.Problem(problem) : TypedResults.Ok(new NeedsFeedDto(fed.Value!.Values, fed.Value.HeldBack));
    }

    private static async Task<Results<Ok<QuestionnaireDto>, ProblemHttpResult>> QuestionnaireAsync(Guid id, SurveyDirectory directory,
        [AsParameters] SurveysApiServices api, CancellationToken ct) =>
        await directory.PublicAsync(id, ct) is { } survey ? TypedResults.Ok(survey.ToQuestionnaire(directory.IsOpen(survey)))
            : api.Problem(SurveyProblems.NotFound);

    /// <summary>201 without a location: an answer is nobody's to fetch again, not even its author's (there is no author).</summary>
    private static async Task<Results<Created<CreatedResponseDto>, ProblemHttpResult>> RespondAsync(Guid id, ResponseDto body, SurveyDirectory directory,
        SurveyAnswering answering, [AsParameters] SurveysApiServices api, CancellationToken ct)
    {
        if (await directory.PublicAsync(id, ct) is not { } survey)
        {
            return api.Problem(SurveyProblems.NotFound);
        }
        var stored = await answering.SubmitAsync(survey.Code, body.ToFilledIn(), ct);
        return stored.Problem is { } problem ? api.Problem(problem) : TypedResults.Created((string?)null, new CreatedResponseDto(id, false));
    }

    private static async Task<Results<Ok<SurveyDto>, ProblemHttpResult>> ChangeAsync(Guid id, Func<Task<Outcome<Survey>>> change,
        SurveyDirectory directory, SurveysApiServices api, CancellationToken ct)
    {
        var changed = await change();
        return changed.Problem is { } problem ? api.Problem(problem) : TypedResults.Ok(SurveyDto.From((await directory.OpenAsync(id, api.UserId, ct)).Value!));
    }
}

/// <summary>What every surveys endpoint needs, bound in one go ([AsParameters]).</summary>
internal sealed record SurveysApiServices(HttpContext Http, Lebenswelten.Core.Sites.SiteDirectory Sites, IStringLocalizer<SurveysResource> Text)
{
    public string? UserId => Http.User.UserId();

    public ProblemHttpResult Problem(DomainProblem problem, int? status = null) => problem.ToProblem(Text, status);

    public ProblemHttpResult SiteNotFound => Problem(DomainProblem.NotFound("Site.NotFound"));
}
