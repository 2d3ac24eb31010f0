using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Organisations;

namespace Lebenswelten.Core.Projects;

/// <summary>What one person may do at one site in projects and funding, read from their roles in the database.</summary>
public sealed record ProjectRoles(bool Administrator, bool Coordinator, IReadOnlySet<Guid> Insurers)
{
    /// <summary>Coordinators (and administrators) plan projects and apply for money.</summary>
    public bool Applies => Administrator || Coordinator;

    /// <summary>Whether the person is among a source's funders: only its insurers' officers decide on applications to it.</summary>
    public bool Funds(FundingSource source) => source.Shares.Any(s => Insurers.Contains(s.OrganisationId));

    /// <summary>Coordinators see every application of their site; insurer officers those addressed to their insurer only.</summary>
    public bool Sees(FundingSource source) => Applies || Funds(source);
}

/// <summary>
/// Who may act in projects and funding. Roles come from the database, not the login's claims, so that a role taken
/// away counts at once (as <c>OfferingAccess</c>). An insurer officer acts for the organisation their role names.
/// </summary>
public sealed class ProjectAccess(LebensweltenDbContext db)
{
    public async Task<ProjectRoles> RolesAsync(string? userId, Guid siteId, CancellationToken ct)
    {
        if (userId is null)
        {
            return new(false, false, new HashSet<Guid>());
        }
        var roles = await db.SiteRoleAssignments.AsNoTracking()
            .Where(a => a.UserId == userId && (a.SiteId == siteId || a.Role == SiteRole.Administrator)).ToListAsync(ct);
        var officerOf = roles.Where(r => r.Role == SiteRole.InsurerOfficer && r.OrganisationId != null).Select(r => r.OrganisationId!.Value).ToList();
        // Only an insurer counts as a funder, whatever organisation the role was given for.
        var insurers = await db.Organisations.Where(o => officerOf.Contains(o.Id) && o.Kind == OrganisationKind.Insurer)
            .Select(o => o.Id).ToListAsync(ct);
        return new(roles.Any(r => r.Role == SiteRole.Administrator), roles.Any(r => r.Role == SiteRole.Coordinator), insurers.ToHashSet());
    }

    /// <summary>The project, if the person may plan it (its site's coordinators and administrators); otherwise it does not exist.</summary>
    public async Task<Outcome<Project>> ProjectToManageAsync(Guid projectId, string? userId, CancellationToken ct, bool tracked = true)
    {
        var query = db.Projects.Include(p => p.Partners).Include(p => p.Milestones).Include(p => p.PhaseChanges).AsSplitQuery();
        var project = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(p => p.Id == projectId, ct);
        return project is not null && (await RolesAsync(userId, project.SiteId, ct)).Applies ? project : ProjectsProblems.ProjectNotFound;
    }
}

/// <summary>The problems of this capability, named once.</summary>
public static class ProjectsProblems
{
    public static readonly DomainProblem ProjectNotFound = DomainProblem.NotFound("Project.NotFound");
    public static readonly DomainProblem ApplicationNotFound = DomainProblem.NotFound("Application.NotFound");
    public static readonly DomainProblem SourceNotFound = DomainProblem.NotFound("FundingSource.NotFound");
    public static readonly DomainProblem Forbidden = DomainProblem.Forbidden("Projects.Forbidden");
}
