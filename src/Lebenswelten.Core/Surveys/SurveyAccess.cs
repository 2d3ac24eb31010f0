using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Organisations;

namespace Lebenswelten.Core.Surveys;

/// <summary>
/// Who may write surveys and read their results: the site's coordinators, administrators, and staff of the site's housing
/// companies (a provider role held for an organisation of kind housing company: Stadtwerke Jena asks its tenants).
/// Read from the database at every call, so a role taken away counts at once.
/// </summary>
public sealed class SurveyAccess(LebensweltenDbContext db)
{
    public async Task<bool> MayManageAsync(string? userId, Guid siteId, CancellationToken ct)
    {
        if (userId is null)
        {
            return false;
        }
        return await db.SiteRoleAssignments.AsNoTracking().AnyAsync(a => a.UserId == userId
            && (a.Role == SiteRole.Administrator
                || (a.SiteId == siteId && (a.Role == SiteRole.Coordinator
                    || (a.Role == SiteRole.Provider && db.Organisations.Any(o => o.Id == a.OrganisationId && o.SiteId == siteId
                        && o.Kind == OrganisationKind.HousingCompany))))), ct);
    }

    /// <summary>The needs picture is the coordinators': only they (and administrators) feed a survey into it.</summary>
    public Task<bool> MayFeedNeedsAsync(string? userId, Guid siteId, CancellationToken ct) =>
        db.SiteRoleAssignments.AsNoTracking().AnyAsync(a => a.UserId == userId
            && (a.Role == SiteRole.Administrator || (a.SiteId == siteId && a.Role == SiteRole.Coordinator)), ct);

    /// <summary>The survey with its questions, if the person may manage it; otherwise it does not exist (404, never 403).</summary>
    public async Task<Outcome<Survey>> SurveyToManageAsync(Guid surveyId, string? userId, CancellationToken ct, bool tracked = false)
    {
        var query = db.Surveys.Include(s => s.Questions.OrderBy(q => q.Position)).ThenInclude(q => q.Options.OrderBy(o => o.Position))
            .AsSplitQuery();
        var survey = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(s => s.Id == surveyId, ct);
        return survey is not null && await MayManageAsync(userId, survey.SiteId, ct) ? survey : SurveyProblems.NotFound;
    }
}

/// <summary>The problems of this capability, named once.</summary>
public static class SurveyProblems
{
    public static readonly DomainProblem NotFound = DomainProblem.NotFound("Survey.NotFound");
    public static readonly DomainProblem Forbidden = DomainProblem.Forbidden("Survey.Forbidden");
    public static readonly DomainProblem NotDraft = DomainProblem.Conflict("Survey.NotDraft");
    public static readonly DomainProblem NotOpen = DomainProblem.Conflict("Survey.NotOpen");
    public static readonly DomainProblem NotClosed = DomainProblem.Conflict("Survey.NotClosed");
    public static readonly DomainProblem NoQuestions = DomainProblem.Conflict("Survey.NoQuestions");
    public static readonly DomainProblem TicketUsed = DomainProblem.Conflict("Survey.TicketUsed");
}
