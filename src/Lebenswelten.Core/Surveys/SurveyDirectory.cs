namespace Lebenswelten.Core.Surveys;

/// <summary>A survey in a list: with its number of answers (a count of the managers' own survey, never shown publicly).</summary>
public sealed record SurveySummary(Survey Survey, int Answers);

/// <summary>Finding surveys: by short link for everyone (published or closed), the site's open ones, and the managers' list.</summary>
public sealed class SurveyDirectory(LebensweltenDbContext db, SurveyAccess access, TimeProvider clock)
{
    public async Task<Survey?> PublicAsync(string? code, CancellationToken ct = default)
    {
        if (SurveyCodes.Normalise(code, SurveyCodes.Length) is not { } normal)
        {
            return null;
        }
        return await db.Surveys.AsNoTracking().Include(s => s.Questions).ThenInclude(q => q.Options).AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Code == normal && s.State != SurveyState.Draft, ct) is { } survey ? Sorted(survey) : null;
    }

    /// <summary>The same by id (the API's address): a draft does not exist for the public.</summary>
    public async Task<Survey?> PublicAsync(Guid id, CancellationToken ct = default) =>
        await db.Surveys.AsNoTracking().Include(s => s.Questions).ThenInclude(q => q.Options).AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == id && s.State != SurveyState.Draft, ct) is { } survey ? Sorted(survey) : null;

    public bool IsOpen(Survey survey) => survey.IsOpenOn(BerlinTime.LocalDate(clock.GetUtcNow()));

    /// <summary>What the site page shows: surveys open today.</summary>
    public Task<List<Survey>> OpenAtAsync(Guid siteId, CancellationToken ct = default)
    {
        var today = BerlinTime.LocalDate(clock.GetUtcNow());
        return db.Surveys.AsNoTracking()
            .Where(s => s.SiteId == siteId && s.State == SurveyState.Published && s.OpensOn <= today && s.ClosesOn >= today)
            .OrderBy(s => s.ClosesOn).ToListAsync(ct);
    }

    public async Task<Outcome<(IReadOnlyList<SurveySummary> Items, int Total)>> ListAsync(Guid siteId, string? userId, int page, int pageSize,
        CancellationToken ct = default)
    {
        if (!await access.MayManageAsync(userId, siteId, ct))
        {
            return SurveyProblems.Forbidden;
        }
        var query = db.Surveys.AsNoTracking().Where(s => s.SiteId == siteId);
        var items = await query.OrderByDescending(s => s.CreatedAt).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(s => new SurveySummary(s, db.SurveyResponses.Count(r => r.SurveyId == s.Id))).ToListAsync(ct);
        return (items, await query.CountAsync(ct));
    }

    public async Task<Outcome<SurveySummary>> OpenAsync(Guid surveyId, string? userId, CancellationToken ct = default)
    {
        var found = await access.SurveyToManageAsync(surveyId, userId, ct);
        return found.Problem is { } problem ? problem
            : new SurveySummary(found.Value!, await db.SurveyResponses.CountAsync(r => r.SurveyId == surveyId, ct));
    }

    /// <summary>
    /// A batch of single-use codes for flyers. Shown once: only their hashes are kept, so a copy of the database cannot
    /// answer in anyone's name.
    /// </summary>
    public async Task<Outcome<IReadOnlyList<string>>> CreateTicketsAsync(Guid surveyId, int count, string? userId, CancellationToken ct = default)
    {
        var found = await access.SurveyToManageAsync(surveyId, userId, ct);
        if (found.Problem is { } problem)
        {
            return problem;
        }
        if (count is < 1 or > 1000)
        {
            return DomainProblem.Field("Count", "TicketCount");
        }
        var codes = Enumerable.Range(0, count).Select(_ => SurveyCodes.Create(SurveyCodes.TicketLength)).Distinct().ToList();
        db.SurveyTickets.AddRange(codes.Select(c => new SurveyTicket { SurveyId = surveyId, CodeHash = SecretToken.HashOf(c) }));
        await db.SaveChangesAsync(ct);
        return codes;
    }

    private static Survey Sorted(Survey survey)
    {
        survey.Questions = survey.Questions.OrderBy(q => q.Position).ToList();
        survey.Questions.ForEach(q => q.Options = q.Options.OrderBy(o => o.Position).ToList());
        return survey;
    }
}
