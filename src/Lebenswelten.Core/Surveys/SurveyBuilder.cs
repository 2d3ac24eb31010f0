using Lebenswelten.Core.Needs;

namespace Lebenswelten.Core.Surveys;

/// <summary>
/// Writing a survey: its frame (title, dates, district, groups), its questions while it is a draft, publishing and closing.
/// Who may is <see cref="SurveyAccess"/>'s decision; questions are fixed once published.
/// </summary>
public sealed class SurveyBuilder(LebensweltenDbContext db, SurveyAccess access, TimeProvider clock)
{
    public async Task<Outcome<Survey>> CreateAsync(Guid siteId, SurveyDraft draft, string? userId, CancellationToken ct = default)
    {
        if (!await access.MayManageAsync(userId, siteId, ct))
        {
            return SurveyProblems.Forbidden;
        }
        var survey = new Survey { SiteId = siteId, Code = SurveyCodes.Create(SurveyCodes.Length), CreatedBy = userId!, CreatedAt = clock.GetUtcNow() };
        if (await ApplyAsync(survey, draft, ct) is { } problem)
        {
            return problem;
        }
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(ct);
        return survey;
    }

    /// <summary>The frame may change while the survey runs (a later closing date); the questions may not.</summary>
    public Task<Outcome<Survey>> UpdateAsync(Guid surveyId, SurveyDraft draft, string? userId, CancellationToken ct = default) =>
        ChangeAsync(surveyId, userId, draftOnly: false, async survey => await ApplyAsync(survey, draft, ct), ct);

    public Task<Outcome<Survey>> AddQuestionAsync(Guid surveyId, QuestionDraft draft, string? userId, CancellationToken ct = default) =>
        ChangeAsync(surveyId, userId, draftOnly: true, async survey =>
        {
            var built = await SurveyQuestions.BuildAsync(db, survey, draft, ct);
            if (built.Problem is { } problem)
            {
                return problem;
            }
            db.Add(built.Value!);
            return null;
        }, ct);

    /// <summary>Removes a question (and the skip logic that pointed at it); later questions move up.</summary>
    public Task<Outcome<Survey>> RemoveQuestionAsync(Guid surveyId, Guid questionId, string? userId, CancellationToken ct = default) =>
        ChangeAsync(surveyId, userId, draftOnly: true, async survey =>
        {
            if (survey.Questions.FirstOrDefault(q => q.Id == questionId) is not { } question)
            {
                return DomainProblem.NotFound("SurveyQuestion.NotFound");
            }
            var options = question.Options.Select(o => o.Id).ToHashSet();
            foreach (var dependent in survey.Questions.Where(q => q.ShowIfOptionId is { } o && options.Contains(o)))
            {
                dependent.ShowIfOptionId = null;
            }
            db.Remove(question);
            survey.Questions.Remove(question);
            // Positions are unique: take the old ones out of the way first (negative), then number 1…n.
            await db.SaveChangesAsync(ct);
            var ordered = survey.Questions.OrderBy(q => q.Position).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                ordered[i].Position = -(i + 1);
            }
            await db.SaveChangesAsync(ct);
            ordered.ForEach(q => q.Position = -q.Position);
            return null;
        }, ct);

    /// <summary>Links a choice option to a needs indicator of the site that counts cases (kind ratio), or unlinks it (null).</summary>
    public Task<Outcome<Survey>> LinkIndicatorAsync(Guid surveyId, Guid optionId, Guid? indicatorId, string? userId, CancellationToken ct = default) =>
        ChangeAsync(surveyId, userId, draftOnly: false, async survey =>
        {
            if (survey.Questions.SelectMany(q => q.Options).FirstOrDefault(o => o.Id == optionId) is not { } option)
            {
                return DomainProblem.NotFound("SurveyOption.NotFound");
            }
            if (indicatorId is { } id && !await db.Indicators.AnyAsync(i => i.Id == id && i.SiteId == survey.SiteId && i.Kind == IndicatorKind.Ratio, ct))
            {
                return DomainProblem.Field("IndicatorId", "NotARatioIndicator");
            }
            option.IndicatorId = indicatorId;
            return null;
        }, ct);

    public Task<Outcome<Survey>> PublishAsync(Guid surveyId, string? userId, CancellationToken ct = default) =>
        ChangeAsync(surveyId, userId, draftOnly: true, survey =>
        {
            if (survey.Questions.Count == 0)
            {
                return Task.FromResult<DomainProblem?>(SurveyProblems.NoQuestions);
            }
            survey.State = SurveyState.Published;
            return Task.FromResult<DomainProblem?>(null);
        }, ct);

    /// <summary>Closes at once (the closing date becomes today if it was later): no answer is taken after this.</summary>
    public Task<Outcome<Survey>> CloseAsync(Guid surveyId, string? userId, CancellationToken ct = default) =>
        ChangeAsync(surveyId, userId, draftOnly: false, survey =>
        {
            if (survey.State != SurveyState.Published)
            {
                return Task.FromResult<DomainProblem?>(SurveyProblems.NotOpen);
            }
            var today = BerlinTime.LocalDate(clock.GetUtcNow());
            survey.State = SurveyState.Closed;
            survey.ClosesOn = survey.ClosesOn > today ? today : survey.ClosesOn;
            return Task.FromResult<DomainProblem?>(null);
        }, ct);

    private async Task<Outcome<Survey>> ChangeAsync(Guid surveyId, string? userId, bool draftOnly, Func<Survey, Task<DomainProblem?>> change,
        CancellationToken ct)
    {
        var found = await access.SurveyToManageAsync(surveyId, userId, ct, tracked: true);
        if (found.Problem is { } notFound)
        {
            return notFound;
        }
        var survey = found.Value!;
        if (draftOnly && survey.State != SurveyState.Draft)
        {
            return SurveyProblems.NotDraft;
        }
        if (await change(survey) is { } problem)
        {
            db.ChangeTracker.Clear();
            return problem;
        }
        await db.SaveChangesAsync(ct);
        return survey;
    }

    private async Task<DomainProblem?> ApplyAsync(Survey survey, SurveyDraft draft, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var title = SurveyRules.Text(draft.Title, "Title", SurveyRules.MaxTitle, errors);
        var introduction = SurveyRules.Text(draft.Introduction, "Introduction", SurveyRules.MaxText, errors, required: false);
        var reason = SurveyRules.Text(draft.DistrictReason, "DistrictReason", SurveyRules.MaxText, errors, required: draft.AsksDistrict);
        errors.AddIf(draft.OpensOn is null, "OpensOn", "Required");
        errors.AddIf(draft.ClosesOn is null, "ClosesOn", "Required");
        errors.AddIf(draft.OpensOn > draft.ClosesOn, "ClosesOn", "BeforeOpening");
        errors.AddIf(draft.ClosesOn > draft.OpensOn?.AddYears(1), "ClosesOn", "TooLong");
        errors.AddIf(((int)draft.TargetGroups & ~Enum.GetValues<TargetGroups>().Aggregate(0, (a, g) => a | (int)g)) != 0, "TargetGroups", "Unknown");
        errors.AddIf(draft.DistrictId is { } d && !await db.Districts.AnyAsync(x => x.Id == d && x.SiteId == survey.SiteId, ct),
            "DistrictId", "UnknownDistrict");
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        (survey.Title, survey.Introduction, survey.DistrictReason) = (title!, introduction!, reason!);
        (survey.DistrictId, survey.TargetGroups, survey.AsksDistrict) = (draft.DistrictId, draft.TargetGroups, draft.AsksDistrict);
        (survey.OpensOn, survey.ClosesOn) = (draft.OpensOn!.Value, draft.ClosesOn!.Value);
        return null;
    }
}
