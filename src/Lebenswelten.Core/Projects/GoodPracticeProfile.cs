using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Projects;

/// <summary>One criterion of a project's profile; <see cref="Level"/> null while not yet rated.</summary>
public sealed record ProfileEntry(GoodPracticeCriterion Criterion, int? Level, string Justification);

/// <summary>The project's self-assessment against the 12 good-practice criteria.</summary>
public sealed class GoodPracticeProfile(LebensweltenDbContext db, ProjectAccess access)
{
    public static IReadOnlyList<GoodPracticeCriterion> Criteria { get; } = Enum.GetValues<GoodPracticeCriterion>();

    /// <summary>All twelve, in their order, rated or not.</summary>
    public async Task<List<ProfileEntry>> OfAsync(Guid projectId, CancellationToken ct)
    {
        var ratings = await db.GoodPracticeRatings.AsNoTracking().Where(r => r.ProjectId == projectId).ToDictionaryAsync(r => r.Criterion, ct);
        return Criteria.Select(c => ratings.TryGetValue(c, out var r) ? new ProfileEntry(c, r.Level, r.Justification) : new ProfileEntry(c, null, ""))
            .ToList();
    }

    /// <summary>Saves the ratings sent (others stay as they were). A level above 0 needs its justification.</summary>
    public async Task<Outcome<List<ProfileEntry>>> SaveAsync(Guid projectId, IReadOnlyList<RatingDraft> ratings, AuditActor actor,
        CancellationToken ct)
    {
        var found = await access.ProjectToManageAsync(projectId, actor.UserId, ct, tracked: false);
        if (found.Problem is { } problem)
        {
            return problem;
        }
        var errors = new FieldErrors();
        foreach (var rating in ratings)
        {
            var field = $"Ratings[{rating.Criterion}]";
            errors.AddIf(!Enum.IsDefined(rating.Criterion), field, "Unknown");
            errors.AddIf(rating.Level is < 0 or > GoodPracticeRating.MaxLevel, field, "LevelRange");
            errors.AddIf(rating.Level > 0 && string.IsNullOrWhiteSpace(rating.Justification), field, "JustificationRequired");
            errors.AddIf(Flags.TooLong(rating.Justification, GoodPracticeRating.MaxJustificationLength), field, "TooLong");
        }
        errors.AddIf(ratings.GroupBy(r => r.Criterion).Any(g => g.Count() > 1), "Ratings", "Duplicate");
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var stored = await db.GoodPracticeRatings.Where(r => r.ProjectId == projectId).ToDictionaryAsync(r => r.Criterion, ct);
        foreach (var rating in ratings)
        {
            if (!stored.TryGetValue(rating.Criterion, out var row))
            {
                db.GoodPracticeRatings.Add(row = new GoodPracticeRating { ProjectId = projectId, Criterion = rating.Criterion });
            }
            row.Level = rating.Level;
            row.Justification = rating.Justification?.Trim() ?? "";
        }
        await db.SaveChangesAsync(ct);
        return await OfAsync(projectId, ct);
    }
}
