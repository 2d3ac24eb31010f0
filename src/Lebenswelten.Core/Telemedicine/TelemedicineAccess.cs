using Lebenswelten.Core.Identity;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// Who may do what in the telemedicine room, read from the role table (not the login's claims, so a role taken away
/// counts at once). Pages, the JSON API and FHIR all ask here.
/// <list type="bullet">
/// <item>The operator's staff: people holding a <see cref="OperatorStaffRoles">desk role</see> (provider or practice)
/// at the site for the room's operator organisation (the housing company). Chosen by role, not by organisation alone:
/// an insurer officer, jobcenter counsellor or evaluator never works a desk, whatever organisation they act for, since
/// the desk shows who has a video consultation (GDPR Art. 9; issue 15).</item>
/// <item>Room managers: the site's coordinators, administrators, and the operator's staff.</item>
/// <item>Room staff, who see the day's list (name and time only) and check people in: the site's coordinators and
/// the operator's staff. Administrators are not room staff: running the platform needs no health data.</item>
/// <item>The practice: people holding the Practice role at the site for that practice organisation. They alone
/// see their appointments' reasons and contact details, and manage their schedules.</item>
/// </list>
/// </summary>
public sealed class TelemedicineAccess(LebensweltenDbContext db)
{
    /// <summary>The roles in which people acting for a room's operator work its desk.</summary>
    public static readonly IReadOnlyList<SiteRole> OperatorStaffRoles = [SiteRole.Provider, SiteRole.Practice];

    public async Task<bool> CanManageRoomAsync(string? userId, Guid siteId, Guid operatorOrganisationId, CancellationToken ct) =>
        (await ManagedOperatorsAsync(userId, siteId, ct)).Includes(operatorOrganisationId);

    /// <summary>
    /// Whose rooms a person manages at a site: every operator's for administrators and the site's coordinators, else
    /// the operators they staff. One query for a whole list of rooms or organisations, not one per entry.
    /// </summary>
    public async Task<ManagedOperators> ManagedOperatorsAsync(string? userId, Guid siteId, CancellationToken ct)
    {
        if (userId is null)
        {
            return ManagedOperators.None;
        }
        var roles = await db.SiteRoleAssignments.AsNoTracking()
            .Where(a => a.UserId == userId && (a.SiteId == siteId || a.Role == SiteRole.Administrator))
            .Select(a => new { a.Role, a.SiteId, a.OrganisationId }).ToListAsync(ct);
        var all = roles.Any(r => r.Role == SiteRole.Administrator || (r.SiteId == siteId && r.Role == SiteRole.Coordinator));
        var operators = roles.Where(r => r.SiteId == siteId && OperatorStaffRoles.Contains(r.Role) && r.OrganisationId is not null)
            .Select(r => r.OrganisationId!.Value).ToHashSet();
        return new ManagedOperators(all, operators);
    }

    public async Task<bool> IsRoomStaffAsync(string? userId, TelemedicineRoom room, CancellationToken ct) =>
        userId is not null && await db.SiteRoleAssignments.AnyAsync(a => a.UserId == userId && a.SiteId == room.SiteId
            && (a.Role == SiteRole.Coordinator
                || (OperatorStaffRoles.Contains(a.Role) && a.OrganisationId == room.OperatorOrganisationId)), ct);

    public async Task<bool> IsPracticeAsync(string? userId, Guid siteId, Guid practiceOrganisationId, CancellationToken ct) =>
        userId is not null && await db.SiteRoleAssignments.AnyAsync(a => a.UserId == userId && a.SiteId == siteId
            && a.Role == SiteRole.Practice && a.OrganisationId == practiceOrganisationId, ct);

    /// <summary>The practice organisations a person acts for at a site (for the practice's pages and FHIR).</summary>
    public Task<List<Guid>> PracticesOfAsync(string userId, Guid siteId, CancellationToken ct) =>
        db.SiteRoleAssignments.Where(a => a.UserId == userId && a.SiteId == siteId && a.Role == SiteRole.Practice
            && a.OrganisationId != null)
            .Select(a => a.OrganisationId!.Value).Distinct().ToListAsync(ct);

    /// <summary>The practice organisations a person acts for at any site (FHIR: practice software names no site).</summary>
    public Task<List<Guid>> PracticesOfAsync(string userId, CancellationToken ct) =>
        db.SiteRoleAssignments.Where(a => a.UserId == userId && a.Role == SiteRole.Practice && a.OrganisationId != null)
            .Select(a => a.OrganisationId!.Value).Distinct().ToListAsync(ct);

    /// <summary>The rooms a person is staff of at a site (for the room staff's page).</summary>
    public async Task<List<TelemedicineRoom>> RoomsStaffedByAsync(string userId, Guid siteId, CancellationToken ct)
    {
        var roles = await db.SiteRoleAssignments.Where(a => a.UserId == userId && a.SiteId == siteId).ToListAsync(ct);
        var all = roles.Any(r => r.Role == SiteRole.Coordinator);
        var operators = roles.Where(r => OperatorStaffRoles.Contains(r.Role) && r.OrganisationId != null)
            .Select(r => r.OrganisationId!.Value).ToList();
        return await db.TelemedicineRooms.AsNoTracking()
            .Where(r => r.SiteId == siteId && (all || operators.Contains(r.OperatorOrganisationId)))
            .OrderBy(r => r.Name).ToListAsync(ct);
    }
}
