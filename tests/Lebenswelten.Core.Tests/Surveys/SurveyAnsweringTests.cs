using Lebenswelten.Core.Surveys;
using Lebenswelten.Core.Tests.Infrastructure;
using static Lebenswelten.Core.Tests.Surveys.SurveyKit;

namespace Lebenswelten.Core.Tests.Surveys;

public sealed class SurveyAnsweringTests
{
    [Theory, BothProviders]
    public async Task An_answer_keeps_only_the_day_the_district_and_the_group_and_drops_answers_to_skipped_questions(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var survey = await kit.PublishedAsync();

        var id = (await kit.AnswerAsync(survey, choice: 2, kit.Evaluation.Lobeda.Id, group: Common.TargetGroups.Tenants)).Value;

        await using var db = kit.Evaluation.Database.CreateContext();
        var stored = await db.SurveyResponses.Include(r => r.Answers).SingleAsync(r => r.Id == id);
        Assert.Equal((new DateOnly(2026, 3, 2), kit.Evaluation.Lobeda.Id, Common.TargetGroups.Tenants, false),
            (stored.SubmittedOn, stored.DistrictId, stored.TargetGroup, stored.FromPaper));
        Assert.Equal([survey.Questions[0].Id], stored.Answers.Select(a => a.QuestionId));
    }

    [Theory, BothProviders]
    public async Task A_missing_answer_to_a_required_question_and_a_foreign_option_are_named_per_question(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var survey = await kit.PublishedAsync();
        var filled = new FilledIn(new Dictionary<Guid, IReadOnlyList<string>> { [survey.Questions[2].Id] = ["x"] });
        var foreign = new FilledIn(new Dictionary<Guid, IReadOnlyList<string>> { [survey.Questions[0].Id] = [Guid.NewGuid().ToString()] });

        var missing = await kit.With<SurveyAnswering, Outcome<Guid>>(a => a.SubmitAsync(survey.Code, filled, None));
        var wrong = await kit.With<SurveyAnswering, Outcome<Guid>>(a => a.SubmitAsync(survey.Code, foreign, None));

        Assert.Equal(["Required"], missing.Problem!.FieldErrors!["Q1"]);
        Assert.Equal(["NotAChoice"], wrong.Problem!.FieldErrors!["Q1"]);
    }

    [Theory, BothProviders]
    public async Task A_survey_takes_no_answers_before_it_opens_or_after_it_closed(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var survey = await kit.PublishedAsync();
        kit.Evaluation.Clock.Advance(TimeSpan.FromDays(40));

        var late = await kit.AnswerAsync(survey, 1, null);

        Assert.Equal("Survey.NotOpen", late.Problem?.Code);
    }

    [Theory, BothProviders]
    public async Task A_flyers_single_use_code_counts_once_even_when_sent_many_times_at_once(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var survey = await kit.PublishedAsync();
        var code = (await kit.With<SurveyDirectory, Outcome<IReadOnlyList<string>>>(d => d.CreateTicketsAsync(survey.Id, 3, kit.Coordinator, None))).Value![0];

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => kit.AnswerAsync(survey, 1, null, ticket: code.ToLowerInvariant())));
        var unknown = await kit.AnswerAsync(survey, 1, null, ticket: "ABCDEFGHJK");

        Assert.Equal(1, outcomes.Count(o => o.Succeeded));
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal("Survey.TicketUsed", o.Problem!.Code));
        Assert.Equal(["UnknownTicket"], unknown.Problem!.FieldErrors!["Ticket"]);
        await using var db = kit.Evaluation.Database.CreateContext();
        Assert.Equal(1, await db.SurveyResponses.CountAsync(r => r.SurveyId == survey.Id));
    }

    [Theory, BothProviders]
    public async Task Answers_from_paper_are_entered_by_staff_after_closing_and_marked_as_such(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var survey = await kit.PublishedAsync();
        await kit.With<SurveyBuilder, Outcome<Survey>>(b => b.CloseAsync(survey.Id, kit.Coordinator, None));
        var filled = new FilledIn(new Dictionary<Guid, IReadOnlyList<string>>
            { [survey.Questions[0].Id] = [survey.Questions[0].Options[2].Id.ToString()] });

        var entered = await kit.With<SurveyAnswering, Outcome<Guid>>(a => a.EnterFromPaperAsync(survey.Id, filled, kit.Coordinator, None));
        var byResident = await kit.With<SurveyAnswering, Outcome<Guid>>(a => a.EnterFromPaperAsync(survey.Id, filled, kit.Evaluation.Offerings.ProviderUserId, None));

        await using var db = kit.Evaluation.Database.CreateContext();
        Assert.True((await db.SurveyResponses.SingleAsync(r => r.Id == entered.Value)).FromPaper);
        Assert.Equal("Survey.NotFound", byResident.Problem?.Code);
    }
}
