using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Surveys;

namespace Lebenswelten.Core.Demo;

/// <summary>
/// Surveys of the demo (issue 24, seed 000): Stadtwerke Jena and AOK PLUS ask the tenants of Lobeda about their needs and
/// wishes (about 300 generated answers, most from the Lobeda districts, a few from districts that stay under the minimum
/// and show as held back), a closed earlier question round whose outcome is on "You said, we did" and whose exercise wish
/// feeds an indicator, and a Leipzig survey of jobcenter clients in German, English and Arabic. All answers are sample data.
/// </summary>
public static class DemoSurveys
{
    public static void Add(LebensweltenDbContext db, string siteSlug, Guid siteId, IReadOnlyList<District> districts, DateTimeOffset now)
    {
        var today = BerlinTime.LocalDate(now);
        switch (siteSlug)
        {
            case "jena":
                var lobeda = districts.Where(d => d.Name.Contains("Lobeda", StringComparison.Ordinal)).ToList();
                var near = districts.Where(d => !lobeda.Contains(d)).OrderBy(d => d.Key).Take(3).ToList();
                var wishes = Survey(db, siteId, "WUNSCH26", today.AddDays(-14), today.AddDays(21), SurveyState.Published,
                    T("Was brauchen Sie in Lobeda für Ihre Gesundheit?", "What do you need in Lobeda for your health?"),
                    T("Stadtwerke Jena und AOK PLUS fragen ihre Mieterinnen und Mieter. Die Umfrage ist anonym und dauert 3 Minuten.",
                        "Stadtwerke Jena and AOK PLUS ask their tenants. The survey is anonymous and takes 3 minutes."),
                    TargetGroups.Tenants | TargetGroups.OlderPeople | TargetGroups.Families);
                var wish = Question(wishes, QuestionKind.MultipleChoice, T("Was wünschen Sie sich in Ihrer Nähe?", "What would you like near you?"), false,
                    T("Bewegungsangebote", "Exercise offerings"), T("Kochen und Ernährung", "Cooking and nutrition"),
                    T("Treffpunkte für Nachbarn", "Places to meet neighbours"), T("Beratung zu Pflege", "Advice on care"));
                var when = Question(wishes, QuestionKind.SingleChoice, T("Wann passt es Ihnen am besten?", "When suits you best?"), true,
                    T("Vormittags", "Mornings"), T("Nachmittags", "Afternoons"), T("Abends", "Evenings"));
                when.ShowIfOptionId = wish.Options[0].Id;
                var health = Question(wishes, QuestionKind.Scale, T("Wie zufrieden sind Sie mit Ihrer Gesundheit?", "How satisfied are you with your health?"), false);
                Question(wishes, QuestionKind.ShortText, T("Was sollten wir noch wissen?", "What else should we know?"), true);
                Answer(db, wishes, [.. lobeda.SelectMany(d => Enumerable.Repeat(d, 60)), .. near.SelectMany((d, i) => Enumerable.Repeat(d, i + 2))],
                    300, wish, when, health, seed: 24);
                var round = Survey(db, siteId, "BEWEGT25", today.AddMonths(-4), today.AddMonths(-3), SurveyState.Closed,
                    T("Bewegung im Quartier: Was fehlt?", "Exercise in the quarter: what is missing?"), T("", ""), TargetGroups.Tenants);
                var exercise = Question(round, QuestionKind.SingleChoice, T("Wünschen Sie sich mehr Bewegungsangebote?", "Would you like more exercise offerings?"),
                    false, T("Ja", "Yes"), T("Nein", "No"));
                Answer(db, round, [.. lobeda.SelectMany(d => Enumerable.Repeat(d, 30))], 120, exercise, null, null, seed: 25);
                (round.WhatWeLearned, round.WhatWeDo) = ("Zwei von drei Befragten in Lobeda wünschen sich mehr Bewegungsangebote in der Nähe, am liebsten vormittags.",
                    "Seit Mai gibt es einen Walking-Treff am Stadtteilbüro und Rückenfit im Gemeinschaftsraum der Stadtwerke (Beispieldaten).");
                Feed(db, siteId, round, exercise.Options[0], lobeda, today.AddMonths(-3).Year);
                break;
            case "leipzig":
                var clients = Survey(db, siteId, "GESUND26", today.AddDays(-7), today.AddDays(28), SurveyState.Published,
                    T("Was hilft Ihnen, gesund zu bleiben?", "What helps you stay healthy?", "ما الذي يساعدك على البقاء بصحة جيدة؟"),
                    T("Eine anonyme Umfrage des Jobcenters Leipzig und der AOK PLUS.", "An anonymous survey by Jobcenter Leipzig and AOK PLUS.",
                        "استطلاع مجهول الهوية من مركز التوظيف في لايبزيغ و AOK PLUS."),
                    TargetGroups.UnemployedPeople);
                var help = Question(clients, QuestionKind.MultipleChoice, T("Was würde Ihnen helfen?", "What would help you?", "ما الذي سيساعدك؟"), false,
                    T("Sport in der Gruppe", "Group sport", "رياضة جماعية"), T("Stressbewältigung", "Coping with stress", "التعامل مع التوتر"),
                    T("Gesund kochen mit wenig Geld", "Healthy cooking on a budget", "طبخ صحي بميزانية قليلة"));
                Answer(db, clients, [.. districts.Take(4)], 60, help, null, null, seed: 19);
                break;
        }
    }

    private static LocalizedText T(string de, string en, string? ar = null) =>
        new() { Values = ar is null ? new() { ["de"] = de, ["en"] = en } : new() { ["de"] = de, ["en"] = en, ["ar"] = ar } };

    private static Survey Survey(LebensweltenDbContext db, Guid siteId, string code, DateOnly opens, DateOnly closes, SurveyState state,
        LocalizedText title, LocalizedText introduction, TargetGroups groups)
    {
        var survey = new Survey
        {
            SiteId = siteId, Code = code, Title = title, Introduction = introduction, TargetGroups = groups, AsksDistrict = true,
            DistrictReason = T("Damit Angebote dorthin kommen, wo sie gebraucht werden.", "So that offerings go where they are needed.",
                "حتى تصل العروض إلى حيث تكون هناك حاجة إليها."),
            OpensOn = opens, ClosesOn = closes, State = state, CreatedBy = "demo", IsSampleData = true,
        };
        db.Surveys.Add(survey);
        return survey;
    }

    private static SurveyQuestion Question(Survey survey, QuestionKind kind, LocalizedText text, bool optional, params LocalizedText[] options)
    {
        var question = new SurveyQuestion { SurveyId = survey.Id, Position = survey.Questions.Count + 1, Kind = kind, Text = text, IsOptional = optional };
        question.Options = options.Select((o, i) => new SurveyOption { QuestionId = question.Id, Position = i + 1, Text = o }).ToList();
        survey.Questions.Add(question);
        return question;
    }

    /// <summary>Generated answers: districts drawn from the list (so its repetitions are the weights), one in ten names none.</summary>
    private static void Answer(LebensweltenDbContext db, Survey survey, IReadOnlyList<District> districts, int count, SurveyQuestion choice,
        SurveyQuestion? followUp, SurveyQuestion? scale, int seed)
    {
        var random = new Random(seed);
        var groups = survey.GroupChoices;
        for (var i = 0; i < count; i++)
        {
            var response = new SurveyResponse
            {
                SurveyId = survey.Id, SubmittedOn = survey.OpensOn, IsSampleData = true, FromPaper = i % 12 == 0,
                DistrictId = i % 10 == 0 || districts.Count == 0 ? null : districts[random.Next(districts.Count)].Id,
                TargetGroup = groups.Count > 0 && i % 3 != 0 ? groups[random.Next(groups.Count)] : null,
            };
            var chosen = choice.Kind == QuestionKind.MultipleChoice
                ? choice.Options.Where((_, k) => random.NextDouble() < (k == 0 ? 0.65 : 0.3)).DefaultIfEmpty(choice.Options[1]).ToList()
                : [random.NextDouble() < 0.66 ? choice.Options[0] : choice.Options[1]];
            response.Answers.AddRange(chosen.Select(o => new SurveyAnswer { QuestionId = choice.Id, OptionId = o.Id }));
            if (followUp is not null && chosen.Contains(choice.Options[0]))
            {
                response.Answers.Add(new SurveyAnswer { QuestionId = followUp.Id, OptionId = followUp.Options[random.Next(2) == 0 ? 0 : random.Next(3)].Id });
            }
            if (scale is not null)
            {
                response.Answers.Add(new SurveyAnswer { QuestionId = scale.Id, ScaleValue = 1 + random.Next(5) });
            }
            db.SurveyResponses.Add(response);
        }
    }

    /// <summary>The closed round's exercise wish as an indicator per district, as the needs feed writes it (survey-based, with its sample).</summary>
    private static void Feed(LebensweltenDbContext db, Guid siteId, Survey survey, SurveyOption option, IReadOnlyList<District> districts, int year)
    {
        var indicator = new Indicator
        {
            SiteId = siteId, Key = "umfrage-wunsch-bewegung", Name = "Wunsch nach Bewegungsangeboten (Umfrage)", Kind = IndicatorKind.Ratio,
            Topic = "Beteiligung", Direction = IndicatorDirection.HigherIsWorse, NeedWeight = 0.5, IsSampleData = true,
            Description = "Anteil der Befragten, die sich mehr Bewegungsangebote wünschen.",
        };
        db.Indicators.Add(indicator);
        option.IndicatorId = indicator.Id;
        var responses = db.SurveyResponses.Local.Where(r => r.SurveyId == survey.Id).ToList();
        var sample = 0;
        foreach (var district in districts)
        {
            var here = responses.Where(r => r.DistrictId == district.Id).ToList();
            var chose = here.Count(r => r.Answers.Any(a => a.OptionId == option.Id));
            if (chose < 5 || here.Count - chose < 5)
            {
                continue;
            }
            sample += here.Count;
            db.IndicatorValues.Add(new IndicatorValue
            {
                IndicatorId = indicator.Id, DistrictId = district.Id, Year = year, Numerator = chose, Denominator = here.Count,
                Value = Math.Round(100.0 * chose / here.Count, 2), IsSampleData = true, ChangedBy = "demo",
            });
        }
        indicator.Source = $"Umfrage „{survey.Title.De}“ ({survey.ClosesOn:yyyy-MM}), Stichprobe n = {(sample + 2) / 5 * 5} (Beispieldaten)";
    }
}
