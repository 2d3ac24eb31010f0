using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Surveys;
using Lebenswelten.Core.Tests.Evaluation;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Tests.Surveys;

/// <summary>The evaluation kit (two districts, Zentrum and Lobeda) with needs and surveys, and a coordinator.</summary>
public sealed class SurveyKit : IAsyncDisposable
{
    public static readonly CancellationToken None = CancellationToken.None;
    public static readonly DateOnly Opens = new(2026, 3, 1);
    public static readonly DateOnly Closes = new(2026, 3, 31);

    private SurveyKit(EvaluationKit evaluation) => Evaluation = evaluation;

    public EvaluationKit Evaluation { get; }
    public Guid SiteId => Evaluation.SiteId;
    public string Coordinator { get; private set; } = null!;

    public static async Task<SurveyKit> CreateAsync(DatabaseProvider provider)
    {
        var evaluation = await EvaluationKit.CreateAsync(provider, s =>
        {
            s.AddNeeds();
            s.AddSurveys(new ConfigurationBuilder().Build());
        });
        var kit = new SurveyKit(evaluation);
        kit.Coordinator = await evaluation.StaffAsync(SiteRole.Coordinator);
        return kit;
    }

    public Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> work) => Evaluation.WithAsync(work);

    public Task<T> With<TService, T>(Func<TService, Task<T>> work) where TService : notnull =>
        WithAsync(s => work(s.GetRequiredService<TService>()));

    public static Dictionary<string, string?> De(string text, string? en = null) =>
        en is null ? new() { ["de"] = text } : new() { ["de"] = text, ["en"] = en };

    public static SurveyDraft Draft(string title = "Was wünschen Sie sich in Lobeda?", bool asksDistrict = true,
        TargetGroups groups = TargetGroups.Tenants | TargetGroups.OlderPeople) =>
        new(De(title, "What would you like in Lobeda?"), De("Ihre Antworten sind anonym."), null, groups, asksDistrict,
            asksDistrict ? De("Damit wir Angebote dort planen, wo sie gebraucht werden.") : null, Opens, Closes);

    /// <summary>A published survey: Q1 single choice (Bewegung/Ernährung/Nichts), Q2 shown only after "Bewegung", Q3 short text.</summary>
    public async Task<Survey> PublishedAsync(bool asksDistrict = true)
    {
        var id = (await With<SurveyBuilder, Outcome<Survey>>(b => b.CreateAsync(SiteId, Draft(asksDistrict: asksDistrict), Coordinator, None))).Value!.Id;
        await AddAsync(id, new QuestionDraft(QuestionKind.SingleChoice, De("Was wünschen Sie sich?", "What do you wish for?"), false,
            [De("Bewegung", "Exercise"), De("Ernährung", "Nutrition"), De("Nichts", "Nothing")]));
        await AddAsync(id, new QuestionDraft(QuestionKind.MultipleChoice, De("Wann?"), true, [De("Morgens"), De("Abends")],
            ShowIfQuestion: 1, ShowIfOption: 1));
        await AddAsync(id, new QuestionDraft(QuestionKind.ShortText, De("Was noch?"), true, null));
        return (await With<SurveyBuilder, Outcome<Survey>>(b => b.PublishAsync(id, Coordinator, None))).Value!;
    }

    public async Task AddAsync(Guid surveyId, QuestionDraft question)
    {
        var added = await With<SurveyBuilder, Outcome<Survey>>(b => b.AddQuestionAsync(surveyId, question, Coordinator, None));
        Assert.True(added.Succeeded, added.Problem?.ToString());
    }

    /// <summary>Someone answers online: the option at <paramref name="choice"/> (from 1) of Q1, in the district given.</summary>
    public Task<Outcome<Guid>> AnswerAsync(Survey survey, int choice, Guid? districtId, string? text = null, string? ticket = null,
        TargetGroups? group = null)
    {
        var answers = new Dictionary<Guid, IReadOnlyList<string>>
        {
            [survey.Questions[0].Id] = [survey.Questions[0].Options[choice - 1].Id.ToString()],
            [survey.Questions[1].Id] = [survey.Questions[1].Options[0].Id.ToString()],
        };
        if (text is not null)
        {
            answers[survey.Questions[2].Id] = [text];
        }
        return With<SurveyAnswering, Outcome<Guid>>(a => a.SubmitAsync(survey.Code, new FilledIn(answers, districtId, group, ticket), None));
    }

    public async Task AnswerManyAsync(Survey survey, int choice, Guid? districtId, int count)
    {
        for (var i = 0; i < count; i++)
        {
            Assert.True((await AnswerAsync(survey, choice, districtId)).Succeeded);
        }
    }

    public async Task<string> HousingCompanyStaffAsync()
    {
        var userId = await Evaluation.AccountAsync();
        await using var db = Evaluation.Database.CreateContext();
        var company = new Organisation { SiteId = SiteId, Name = "Wohnungsgesellschaft Test", Kind = OrganisationKind.HousingCompany };
        db.Organisations.Add(company);
        db.SiteRoleAssignments.Add(new SiteRoleAssignment { UserId = userId, SiteId = SiteId, Role = SiteRole.Provider, OrganisationId = company.Id });
        await db.SaveChangesAsync();
        return userId;
    }

    public async Task<Indicator> RatioIndicatorAsync()
    {
        await using var db = Evaluation.Database.CreateContext();
        var indicator = new Indicator { SiteId = SiteId, Key = "wunsch-bewegung", Name = "Wunsch nach Bewegungsangeboten", Kind = IndicatorKind.Ratio,
            Topic = "Beteiligung", NeedWeight = 1 };
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync();
        return indicator;
    }

    public ValueTask DisposeAsync() => Evaluation.DisposeAsync();
}
