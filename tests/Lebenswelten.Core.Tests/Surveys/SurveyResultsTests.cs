using Lebenswelten.Core.Evaluation;
using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Surveys;
using Lebenswelten.Core.Tests.Evaluation;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Surveys.SurveyKit;

namespace Lebenswelten.Core.Tests.Surveys;

/// <summary>Results under the small-number rule: held back under the minimum, rounded to fives, nothing recoverable by subtraction.</summary>
public sealed class SurveyResultsTests
{
    private static async Task<(SurveyKit Kit, Survey Survey)> AnsweredAsync(DatabaseProvider provider)
    {
        var kit = await CreateAsync(provider);
        var survey = await kit.PublishedAsync();
        await kit.AnswerManyAsync(survey, 1, kit.Evaluation.Zentrum.Id, 12);
        await kit.AnswerManyAsync(survey, 2, kit.Evaluation.Zentrum.Id, 2);
        await kit.AnswerManyAsync(survey, 1, kit.Evaluation.Lobeda.Id, 3);
        return (kit, survey);
    }

    private static Task<Outcome<SurveyResult>> ResultAsync(SurveyKit kit, Survey survey, ResultGrouping grouping) =>
        kit.With<SurveyResults, Outcome<SurveyResult>>(r => r.ForAsync(survey.Id, grouping, kit.Coordinator, None));

    [Theory, BothProviders]
    public async Task By_district_a_small_cell_and_a_small_district_are_held_back_and_the_rest_rounded_to_fives(DatabaseProvider provider)
    {
        var (kit, survey) = await AnsweredAsync(provider);
        await using var _ = kit;

        var first = (await ResultAsync(kit, survey, ResultGrouping.District)).Value!.Questions[0];

        var zentrum = first.Groups.Single(g => g.Key == "zentrum");
        var lobeda = first.Groups.Single(g => g.Key == "lobeda");
        Assert.Equal((new PublishedCount(10, false), 67), (zentrum.Cells[0].Count, zentrum.Cells[0].SharePercent));
        Assert.True(zentrum.Cells[1].Count.HeldBack);
        Assert.Null(zentrum.Cells[1].SharePercent);
        Assert.True(lobeda.Answered.HeldBack);
        Assert.All(lobeda.Cells, c => Assert.True(c.Count.HeldBack));
        Assert.Equal(["Bewegung", "Ernährung", "Nichts"], first.Rows);
    }

    [Theory, BothProviders]
    public async Task A_held_back_cell_cannot_be_recovered_by_subtracting_shown_cells_from_its_group_or_from_the_total(DatabaseProvider provider)
    {
        var (kit, survey) = await AnsweredAsync(provider);
        await using var _ = kit;
        var byDistrict = (await ResultAsync(kit, survey, ResultGrouping.District)).Value!.Questions[0];
        var all = (await ResultAsync(kit, survey, ResultGrouping.All)).Value!.Questions[0].Groups[0];
        var zentrum = byDistrict.Groups.Single(g => g.Key == "zentrum");

        // Zentrum's "Ernährung" (2) = Zentrum's answers − its "Bewegung" − its "Nichts" (shown held back: worth 0..4 to an attacker).
        var withinGroup = Attacker.Candidates(zentrum.Answered.Value!.Value, [zentrum.Cells[0].Count.Value!.Value], 5);
        // Lobeda's "Bewegung" (3) = all "Bewegung" − Zentrum's "Bewegung".
        var acrossDistricts = Attacker.Candidates(all.Cells[0].Count.Value!.Value, [zentrum.Cells[0].Count.Value!.Value], 5);

        Assert.Contains(2, withinGroup);
        Assert.True(withinGroup.Count >= 2, $"recovered: {string.Join(",", withinGroup)}");
        Assert.Contains(3, acrossDistricts);
        Assert.True(acrossDistricts.Count >= 2, $"recovered: {string.Join(",", acrossDistricts)}");
    }

    [Theory, BothProviders]
    public async Task The_export_holds_back_exactly_what_the_page_holds_back(DatabaseProvider provider)
    {
        var (kit, survey) = await AnsweredAsync(provider);
        await using var _ = kit;

        var file = (await kit.With<SurveyExport, Outcome<byte[]>>(e => e.FileAsync(survey.Id, ResultGrouping.District, true, "< 5", kit.Coordinator, None))).Value!;

        var rows = Lebenswelten.Core.Projects.TableFile.ReadXlsx(file);
        var zentrumNutrition = rows.Single(r => r[1] as string == "Ernährung" && r[2] as string == "Zentrum");
        Assert.Equal("< 5", zentrumNutrition[3]);
        Assert.DoesNotContain(rows.Skip(1), r => r[3] is double d && d % 5 != 0);
    }

    [Theory, BothProviders]
    public async Task Free_text_reaches_staff_with_names_addresses_phone_numbers_and_addresses_blanked_and_every_read_audited(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var survey = await kit.PublishedAsync();
        await kit.AnswerAsync(survey, 1, null, text: "Frau Müller aus der Karl-Marx-Allee 12 weiß Bescheid, Tel. 03641 123456, mail a@b.de");
        await kit.AnswerAsync(survey, 1, null, text: "Mehr Bänke am Weg");

        var texts = (await kit.With<SurveyFreeTexts, Outcome<IReadOnlyList<FreeTextAnswer>>>(f =>
            f.ReadAsync(survey.Id, new AuditActor(kit.Coordinator, null), None))).Value!;

        var flagged = texts.Single(t => t.Text.Hits.Count > 0).Text;
        Assert.DoesNotContain("Müller", flagged.Shown);
        Assert.DoesNotContain("03641", flagged.Shown);
        Assert.DoesNotContain("a@b.de", flagged.Shown);
        Assert.Equivalent(new[] { FreeTextHit.Email, FreeTextHit.Phone, FreeTextHit.Address, FreeTextHit.Name }, flagged.Hits.Distinct());
        Assert.Empty(texts.Single(t => t.Text.Shown == "Mehr Bänke am Weg").Text.Hits);
        await using var db = kit.Evaluation.Database.CreateContext();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.DataKind == SurveyFreeTexts.DataKind && a.ActorUserId == kit.Coordinator));
    }

    [Theory, BothProviders]
    public async Task A_linked_option_feeds_the_need_index_per_district_marked_as_survey_based_and_small_districts_stay_out(DatabaseProvider provider)
    {
        var (kit, survey) = await AnsweredAsync(provider);
        await using var _ = kit;
        await kit.AnswerManyAsync(survey, 3, kit.Evaluation.Zentrum.Id, 6);
        var indicator = await kit.RatioIndicatorAsync();
        var option = survey.Questions[0].Options[0];
        Assert.True((await kit.With<SurveyBuilder, Outcome<Survey>>(b => b.LinkIndicatorAsync(survey.Id, option.Id, indicator.Id, kit.Coordinator, None))).Succeeded);
        await kit.With<SurveyBuilder, Outcome<Survey>>(b => b.CloseAsync(survey.Id, kit.Coordinator, None));

        var fed = (await kit.With<SurveyNeedsFeed, Outcome<NeedsFeedResult>>(f => f.FeedAsync(survey.Id, kit.Coordinator, None))).Value!;

        Assert.Equal(new NeedsFeedResult(1, 1), fed);
        var values = await kit.With<NeedsDirectory, List<IndicatorValue>>(n => n.ValuesAsync(kit.SiteId, indicator.Id, None));
        var zentrum = Assert.Single(values);
        Assert.Equal((kit.Evaluation.Zentrum.Id, 2026, 12, 20, 60.0), (zentrum.DistrictId, zentrum.Year, zentrum.Numerator, zentrum.Denominator, zentrum.Value));
        var marked = (await kit.With<NeedsDirectory, List<Indicator>>(n => n.IndicatorsAsync(kit.SiteId, true, None))).Single(i => i.Id == indicator.Id);
        Assert.StartsWith("Umfrage „Was wünschen Sie sich in Lobeda?“", marked.Source);
        Assert.Contains("n = 20", marked.Source);
    }

    [Theory, BothProviders]
    public async Task What_came_of_a_closed_survey_is_listed_publicly_and_its_answers_go_after_the_retention_period(DatabaseProvider provider)
    {
        var (kit, survey) = await AnsweredAsync(provider);
        await using var _ = kit;
        await kit.With<SurveyBuilder, Outcome<Survey>>(b => b.CloseAsync(survey.Id, kit.Coordinator, None));
        await kit.With<SurveyOutcomes, Outcome<Survey>>(o => o.WriteAsync(survey.Id, "Viele wünschen sich Bewegung.", "Ab Mai: Walking-Treff.", kit.Coordinator, None));

        kit.Evaluation.Clock.Advance(TimeSpan.FromDays(400));
        var purged = await kit.WithAsync(s => s.GetServices<IPersonalDataParticipant>().OfType<SurveysPersonalData>().Single()
            .PurgeExpiredAsync(kit.Evaluation.Clock.GetUtcNow(), None));
        var listed = await kit.With<SurveyOutcomes, IReadOnlyList<SurveyOutcome>>(o => o.ListPublishedAsync(kit.SiteId, None));

        Assert.Equal(17, purged);
        var outcome = Assert.Single(listed);
        Assert.Equal((survey.Id, 15, "Ab Mai: Walking-Treff.", new DateOnly(2026, 3, 2)), (outcome.SurveyId, outcome.Answers, outcome.WhatWeDo, outcome.ClosedOn));
        await using var db = kit.Evaluation.Database.CreateContext();
        Assert.False(await db.SurveyAnswers.AnyAsync());
    }
}
