using Lebenswelten.Core.Identity;

namespace Lebenswelten.Core.Evaluation;

/// <summary>
/// Who sees the evaluation, read from the database (a role taken away counts at once), never from a flag the caller
/// passes. A site's figures: its coordinators, insurer officers and evaluators. The comparison across sites: every site at
/// which the caller is an evaluator or insurer officer (a programme evaluator holds the role at each site of the
/// programme). All of them see aggregates only, held back and rounded (DESIGN.md, privacy boundaries).
/// </summary>
public sealed class EvaluationAccess(LebensweltenDbContext db)
{
    public static readonly SiteRole[] SiteRoles = [SiteRole.Coordinator, SiteRole.InsurerOfficer, SiteRole.Evaluator];
    public static readonly SiteRole[] ComparisonRoles = [SiteRole.InsurerOfficer, SiteRole.Evaluator];

    public async Task<bool> MaySeeSiteAsync(string? userId, Guid siteId, CancellationToken ct) =>
        userId is not null
        && await db.SiteRoleAssignments.AnyAsync(a => a.UserId == userId && a.SiteId == siteId && SiteRoles.Contains(a.Role), ct);

    /// <summary>Coordinators may also count their site again on demand; evaluators and insurers only read.</summary>
    public async Task<bool> MayRefreshAsync(string? userId, Guid siteId, CancellationToken ct) =>
        userId is not null
        && await db.SiteRoleAssignments.AnyAsync(a => a.UserId == userId && a.SiteId == siteId && a.Role == SiteRole.Coordinator, ct);

    public async Task<List<Guid>> ComparableSitesAsync(string? userId, CancellationToken ct) =>
        userId is null ? [] : await db.SiteRoleAssignments
            .Where(a => a.UserId == userId && a.SiteId != null && ComparisonRoles.Contains(a.Role))
            .Select(a => a.SiteId!.Value).Distinct().ToListAsync(ct);
}
