using System.Globalization;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Surveys;
using Lebenswelten.Core.Tests.Infrastructure;
using static Lebenswelten.Core.Tests.Surveys.SurveyKit;

namespace Lebenswelten.Core.Tests.Surveys;

public sealed class SurveyBuildingTests
{
    [Theory, BothProviders]
    public async Task A_coordinator_builds_a_survey_whose_follow_up_question_shows_only_after_the_answer_it_depends_on(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var survey = await kit.PublishedAsync();

        var none = new FilledIn(new Dictionary<Guid, IReadOnlyList<string>>());
        var exercise = new FilledIn(new Dictionary<Guid, IReadOnlyList<string>>
            { [survey.Questions[0].Id] = [survey.Questions[0].Options[0].Id.ToString()] });
        var nutrition = new FilledIn(new Dictionary<Guid, IReadOnlyList<string>>
            { [survey.Questions[0].Id] = [survey.Questions[0].Options[1].Id.ToString()] });

        Assert.Equal(["Was wünschen Sie sich?", "Was noch?"], SurveyForm.Step(survey, 1, none).Select(q => q.Text.De));
        Assert.Equal(["Wann?"], SurveyForm.Step(survey, 2, exercise).Select(q => q.Text.De));
        Assert.Empty(SurveyForm.Step(survey, 2, nutrition));
        Assert.Equal(SurveyState.Published, survey.State);
        Assert.Equal(8, survey.Code.Length);
    }

    [Theory, BothProviders]
    public async Task Texts_come_in_the_readers_language_with_German_where_a_translation_is_missing(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var code = (await kit.PublishedAsync()).Code;
        var survey = (await kit.With<SurveyDirectory, Survey?>(d => d.PublicAsync(code)))!;

        Assert.Equal("What do you wish for?", survey.Questions[0].Text.In(CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal("Was wünschen Sie sich?", survey.Questions[0].Text.In(CultureInfo.GetCultureInfo("uk")));
        Assert.Equal("Wann?", survey.Questions[1].Text.In(CultureInfo.GetCultureInfo("en")));
    }

    [Theory, BothProviders]
    public async Task A_housing_company_may_ask_its_tenants_but_a_sports_club_and_another_sites_coordinator_may_not(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var housing = await kit.HousingCompanyStaffAsync();
        var elsewhere = await kit.Evaluation.StaffAsync(SiteRole.Coordinator, (await kit.Evaluation.Offerings.AddSiteAsync("Gera")).Site.Id);

        var byHousing = await kit.With<SurveyBuilder, Outcome<Survey>>(b => b.CreateAsync(kit.SiteId, Draft(), housing, None));
        var byClub = await kit.With<SurveyBuilder, Outcome<Survey>>(b => b.CreateAsync(kit.SiteId, Draft(), kit.Evaluation.Offerings.ProviderUserId, None));
        var open = await kit.With<SurveyDirectory, Outcome<SurveySummary>>(d => d.OpenAsync(byHousing.Value!.Id, elsewhere, None));

        Assert.True(byHousing.Succeeded);
        Assert.Equal("Survey.Forbidden", byClub.Problem?.Code);
        Assert.Equal("Survey.NotFound", open.Problem?.Code);
    }

    [Theory, BothProviders]
    public async Task A_survey_without_German_title_or_with_dates_the_wrong_way_round_is_refused_field_by_field(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var draft = Draft() with { Title = new Dictionary<string, string?> { ["en"] = "Only English", ["../x"] = "bad" }, OpensOn = Closes, ClosesOn = Opens,
            DistrictReason = null };

        var outcome = await kit.With<SurveyBuilder, Outcome<Survey>>(b => b.CreateAsync(kit.SiteId, draft, kit.Coordinator, None));

        var errors = outcome.Problem!.FieldErrors!;
        Assert.Contains("UnknownLanguage", errors["Title"]);
        Assert.Equal(["BeforeOpening"], errors["ClosesOn"]);
        Assert.Equal(["GermanRequired"], errors["DistrictReason"]);
    }

    [Theory, BothProviders]
    public async Task Questions_are_fixed_once_published_and_skip_logic_goes_one_level_deep_only(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var published = await kit.PublishedAsync();
        var draft = (await kit.With<SurveyBuilder, Outcome<Survey>>(b => b.CreateAsync(kit.SiteId, Draft(), kit.Coordinator, None))).Value!;
        await kit.AddAsync(draft.Id, new QuestionDraft(QuestionKind.SingleChoice, De("A"), false, [De("ja"), De("nein")]));
        await kit.AddAsync(draft.Id, new QuestionDraft(QuestionKind.SingleChoice, De("B"), false, [De("ja"), De("nein")], ShowIfQuestion: 1, ShowIfOption: 1));

        var late = await kit.With<SurveyBuilder, Outcome<Survey>>(b => b.AddQuestionAsync(published.Id,
            new QuestionDraft(QuestionKind.ShortText, De("Noch eine?"), true, null), kit.Coordinator, None));
        var deep = await kit.With<SurveyBuilder, Outcome<Survey>>(b => b.AddQuestionAsync(draft.Id,
            new QuestionDraft(QuestionKind.ShortText, De("C"), true, null, ShowIfQuestion: 2, ShowIfOption: 1), kit.Coordinator, None));

        Assert.Equal("Survey.NotDraft", late.Problem?.Code);
        Assert.Equal(["OneLevelOnly"], deep.Problem!.FieldErrors!["ShowIfQuestion"]);
    }
}
