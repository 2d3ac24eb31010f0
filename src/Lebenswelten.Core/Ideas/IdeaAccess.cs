using Lebenswelten.Core.Identity;

namespace Lebenswelten.Core.Ideas;

/// <summary>What one person may do with a site's ideas, read from their roles in the database (a role taken away counts at once).</summary>
public sealed record IdeaRoles(bool Administrator, bool Coordinator, bool Provider)
{
    /// <summary>The site's coordinators moderate: they speak for the site (issue 24).</summary>
    public bool Moderates => Administrator || Coordinator;

    /// <summary>Coordinators and providers answer: a provider may plan the offering an idea asks for.</summary>
    public bool Answers => Moderates || Provider;
}

public sealed class IdeaAccess(LebensweltenDbContext db)
{
    public async Task<IdeaRoles> RolesAsync(string? userId, Guid siteId, CancellationToken ct)
    {
        if (userId is null)
        {
            return new(false, false, false);
        }
        var roles = await db.SiteRoleAssignments.AsNoTracking()
            .Where(a => a.UserId == userId && (a.SiteId == siteId || a.Role == SiteRole.Administrator)).Select(a => a.Role).ToListAsync(ct);
        return new(roles.Contains(SiteRole.Administrator), roles.Contains(SiteRole.Coordinator), roles.Contains(SiteRole.Provider));
    }

    /// <summary>
    /// The idea, tracked, if the person may act on it as <paramref name="may"/> says; to everyone else it does not exist
    /// (404, never 403: nobody learns of an unpublished idea).
    /// </summary>
    public async Task<Outcome<Idea>> IdeaToHandleAsync(Guid ideaId, string? userId, Func<IdeaRoles, bool> may, CancellationToken ct)
    {
        var idea = await db.Ideas.Include(i => i.Answers).SingleOrDefaultAsync(i => i.Id == ideaId, ct);
        return idea is not null && may(await RolesAsync(userId, idea.SiteId, ct)) ? idea : IdeaProblems.NotFound;
    }
}

/// <summary>The problems of this capability, named once.</summary>
public static class IdeaProblems
{
    public static readonly DomainProblem NotFound = DomainProblem.NotFound("Idea.NotFound");
    public static readonly DomainProblem Forbidden = DomainProblem.Forbidden("Idea.Forbidden");
    public static readonly DomainProblem AlreadyModerated = DomainProblem.Conflict("Idea.AlreadyModerated");
    public static readonly DomainProblem AlreadySupported = DomainProblem.Conflict("Idea.AlreadySupported");
    public static readonly DomainProblem NotSupported = DomainProblem.Conflict("Idea.NotSupported");
    public static readonly DomainProblem NotPublished = DomainProblem.Conflict("Idea.NotPublished");
    public static readonly DomainProblem TooManyPending = DomainProblem.Conflict("Idea.TooManyPending");
}
