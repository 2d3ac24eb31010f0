namespace Lebenswelten.Core.Surveys;

/// <summary>
/// Taking answers: online from anyone with the link while the survey is open, and from paper by its managers (marked so).
/// Nothing about the person is stored (see <see cref="SurveyResponse"/>); a flyer's single-use code, if given, is spent
/// without a link to the answer.
/// </summary>
public sealed class SurveyAnswering(LebensweltenDbContext db, SurveyAccess access, SurveyDirectory directory, TimeProvider clock)
{
    public async Task<Outcome<Guid>> SubmitAsync(string code, FilledIn filled, CancellationToken ct = default)
    {
        if (await directory.PublicAsync(code, ct) is not { } survey)
        {
            return SurveyProblems.NotFound;
        }
        if (!survey.IsOpenOn(BerlinTime.LocalDate(clock.GetUtcNow())))
        {
            return SurveyProblems.NotOpen;
        }
        return await StoreAsync(survey, filled, fromPaper: false, ct);
    }

    /// <summary>Answers from a paper form, typed in by staff who manage the survey, after it opened (also once closed).</summary>
    public async Task<Outcome<Guid>> EnterFromPaperAsync(Guid surveyId, FilledIn filled, string? userId, CancellationToken ct = default)
    {
        var found = await access.SurveyToManageAsync(surveyId, userId, ct);
        if (found.Problem is { } problem)
        {
            return problem;
        }
        return found.Value!.State == SurveyState.Draft ? SurveyProblems.NotOpen
            : await StoreAsync(found.Value, filled with { Ticket = null }, fromPaper: true, ct);
    }

    private async Task<Outcome<Guid>> StoreAsync(Survey survey, FilledIn filled, bool fromPaper, CancellationToken ct)
    {
        var shown = SurveyForm.Shown(survey, filled);
        var errors = SurveyForm.Check(shown, filled);
        errors.AddIf(filled.DistrictId is { } d && !(survey.AsksDistrict && await db.Districts.AnyAsync(x => x.Id == d && x.SiteId == survey.SiteId, ct)),
            "DistrictId", "UnknownDistrict");
        errors.AddIf(filled.TargetGroup is { } g && !survey.GroupChoices.Contains(g), "TargetGroup", "Unknown");
        var ticket = filled.Ticket is null ? null : SurveyCodes.Normalise(filled.Ticket, SurveyCodes.TicketLength);
        errors.AddIf(filled.Ticket is not null && ticket is null, "Ticket", "UnknownTicket");
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (ticket is not null)
            {
                // Spent in one statement: of two answers with the same code at once, exactly one gets it.
                var hash = SecretToken.HashOf(ticket);
                var spent = await db.SurveyTickets.Where(t => t.SurveyId == survey.Id && t.CodeHash == hash && !t.IsUsed)
                    .ExecuteUpdateAsync(t => t.SetProperty(x => x.IsUsed, true), ct);
                if (spent == 0)
                {
                    return await db.SurveyTickets.AnyAsync(t => t.SurveyId == survey.Id && t.CodeHash == hash, ct)
                        ? SurveyProblems.TicketUsed : DomainProblem.Field("Ticket", "UnknownTicket");
                }
            }
            var response = new SurveyResponse
            {
                SurveyId = survey.Id, SubmittedOn = BerlinTime.LocalDate(clock.GetUtcNow()), FromPaper = fromPaper,
                DistrictId = survey.DistrictId ?? filled.DistrictId, TargetGroup = filled.TargetGroup,
                Answers = SurveyForm.Answers(shown, filled),
            };
            db.SurveyResponses.Add(response);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return (Outcome<Guid>)response.Id;
        });
    }
}
