using Lebenswelten.Core.Network;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Projects;

/// <summary>A project with what belongs to it, as its staff page and the API show it.</summary>
public sealed record ProjectView(Project Project, IReadOnlyList<Organisation> Organisations, IReadOnlyList<Guid> GoalIds,
    IReadOnlyList<Offering> Offerings, IReadOnlyList<ProfileEntry> Profile);

/// <summary>What the public project page shows: no internal field, no name of a person.</summary>
public sealed record PublicProject(Guid Id, string Title, string Summary, ProjectSetting Setting, DateOnly? StartsOn, DateOnly? EndsOn,
    IReadOnlyList<(string Organisation, PartnerRole Role)> Partners, IReadOnlyList<Offering> Offerings);

/// <summary>Reads projects: the site's list, one project for its planners (the read of the responsible person audited), the public page.</summary>
public sealed class ProjectDirectory(LebensweltenDbContext db, ProjectAccess access, GoodPracticeProfile profile, AuditLog audit)
{
    public const string AuditKind = "Projects.Project";

    public async Task<Outcome<(List<Project> Items, int Total)>> ListAsync(Guid siteId, string? userId, int page, int pageSize, CancellationToken ct)
    {
        if (!(await access.RolesAsync(userId, siteId, ct)).Applies)
        {
            return ProjectsProblems.Forbidden;
        }
        var query = db.Projects.AsNoTracking().Where(p => p.SiteId == siteId);
        var items = await query.OrderBy(p => p.Title).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return (items, await query.CountAsync(ct));
    }

    public async Task<Outcome<ProjectView>> OpenAsync(Guid projectId, AuditActor actor, CancellationToken ct)
    {
        var found = await access.ProjectToManageAsync(projectId, actor.UserId, ct, tracked: false);
        if (found.Problem is { } problem)
        {
            return problem;
        }
        var project = found.Value!;
        // The person responsible and the colleagues who moved the project on are named: staff's personal data, every read audited
        // (GDPR Art. 5(2)), with each named account as a subject.
        await audit.RecordReadAsync(actor, AuditKind, project.Id.ToString(), project.SiteId, ct,
            [project.ResponsibleUserId, .. project.PhaseChanges.Select(c => c.ByUserId)]);
        var partnerIds = project.Partners.Select(p => p.OrganisationId).ToList();
        return new ProjectView(project,
            await db.Organisations.AsNoTracking().Where(o => partnerIds.Contains(o.Id)).ToListAsync(ct),
            await db.ProjectGoals.Where(g => g.ProjectId == projectId).Select(g => g.HealthGoalId).ToListAsync(ct),
            await OfferingsOfAsync(projectId, publishedOnly: false, ct),
            await profile.OfAsync(projectId, ct));
    }

    /// <summary>Published projects of a site, for residents and the press.</summary>
    public Task<List<Project>> PublishedAsync(Guid siteId, CancellationToken ct) =>
        db.Projects.AsNoTracking().Where(p => p.SiteId == siteId && p.IsPublished).OrderBy(p => p.Title).ToListAsync(ct);

    public async Task<PublicProject?> PublicAsync(Guid siteId, Guid projectId, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().Include(p => p.Partners)
            .SingleOrDefaultAsync(p => p.Id == projectId && p.SiteId == siteId && p.IsPublished, ct);
        if (project is null)
        {
            return null;
        }
        var ids = project.Partners.Select(p => p.OrganisationId).ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return new PublicProject(project.Id, project.Title, project.Summary, project.Setting, project.StartsOn, project.EndsOn,
            project.Partners.OrderBy(p => p.Role).Select(p => (names[p.OrganisationId], p.Role)).ToList(),
            await OfferingsOfAsync(projectId, publishedOnly: true, ct));
    }

    /// <summary>Offerings of the site a project can link (all but cancelled ones), for the project form.</summary>
    public Task<List<(Guid Id, string Title)>> LinkableOfferingsAsync(Guid siteId, CancellationToken ct) =>
        db.Offerings.AsNoTracking().Where(o => o.SiteId == siteId && o.Status != OfferingStatus.Cancelled).OrderBy(o => o.Title)
            .Select(o => new ValueTuple<Guid, string>(o.Id, o.Title)).ToListAsync(ct);

    /// <summary>Display names of the staff who acted (moved a phase, took a step), for the histories their colleagues read.</summary>
    public async Task<Dictionary<string, string>> PeopleAsync(IEnumerable<string?> userIds, CancellationToken ct)
    {
        var ids = userIds.OfType<string>().Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName ?? u.Email ?? "", ct);
    }

    /// <summary>The projects an application list names, by id.</summary>
    public Task<Dictionary<Guid, string>> TitlesAsync(Guid siteId, CancellationToken ct) =>
        db.Projects.AsNoTracking().Where(p => p.SiteId == siteId).ToDictionaryAsync(p => p.Id, p => p.Title, ct);

    /// <summary>The offerings linked to the project; the public page shows published ones only.</summary>
    public Task<List<Offering>> OfferingsOfAsync(Guid projectId, bool publishedOnly, CancellationToken ct) =>
        db.Offerings.AsNoTracking()
            .Where(o => db.ProjectOfferings.Any(l => l.ProjectId == projectId && l.OfferingId == o.Id)
                && (!publishedOnly || o.Status == OfferingStatus.Published || o.Status == OfferingStatus.Finished))
            .OrderBy(o => o.Title).ToListAsync(ct);
}
