using Lebenswelten.Core.Privacy;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Core.Surveys;

public sealed class SurveysRetentionOptions
{
    public const string Section = "Surveys:Retention";

    /// <summary>Answers are deleted this many days after the survey closed (issue 24); what came of it stays.</summary>
    public int AnswerDays { get; set; } = 365;
}

/// <summary>
/// Surveys' part in privacy. Answers belong to no account (no login, no address, no IP), so there is nothing to export or
/// erase for a person; but free text and small groups might point to someone, so all answers of a survey are deleted after
/// the retention period (GDPR Art. 5(1)(e)), keeping only their number for "You said, we did".
/// </summary>
public sealed class SurveysPersonalData(LebensweltenDbContext db, IOptions<SurveysRetentionOptions> retention) : IPersonalDataParticipant
{
    public string Capability => "Surveys";

    public Task<PersonalDataSection?> ExportAsync(string userId, CancellationToken ct) => Task.FromResult<PersonalDataSection?>(null);

    public Task<int> EraseAsync(string userId, DateTimeOffset now, CancellationToken ct) => Task.FromResult(0);

    public async Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken ct)
    {
        var before = BerlinTime.LocalDate(now).AddDays(-retention.Value.AnswerDays);
        var expired = await db.Surveys.Where(s => s.State == SurveyState.Closed && s.ClosesOn < before && s.DeletedAnswers == null)
            .Select(s => new { s.Id, Count = db.SurveyResponses.Count(r => r.SurveyId == s.Id) }).ToListAsync(ct);
        var deleted = 0;
        foreach (var survey in expired)
        {
            deleted += await db.SurveyResponses.Where(r => r.SurveyId == survey.Id).ExecuteDeleteAsync(ct);
            await db.SurveyTickets.Where(t => t.SurveyId == survey.Id).ExecuteDeleteAsync(ct);
            await db.Surveys.Where(s => s.Id == survey.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.DeletedAnswers, survey.Count), ct);
        }
        return deleted;
    }
}
