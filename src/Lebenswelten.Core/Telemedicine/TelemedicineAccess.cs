using Lebenswelten.Core.Data;
using Lebenswelten.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// Who may do what in the telemedicine room, read from the role table (not the login's claims, so a role taken away
/// counts at once). Pages, the JSON API and FHIR all ask here.
/// <list type="bullet">
/// <item>Room managers: the site's coordinators, administrators, and anyone with a staff role at the site who acts
/// for the room's operator organisation (the housing company).</item>
/// <item>Room staff, who see the day's list (name and time only) and check people in: the site's coordinators and
/// the staff acting for the operator. Administrators are not room staff: running the platform needs no health data.</item>
/// <item>The practice: people holding the Practice role at the site for that practice organisation. They alone
/// see their appointments' reasons and contact details, and manage their schedules.</item>
/// </list>
/// </summary>
public sealed class TelemedicineAccess(LebensweltenDbContext db)
{
    public async Task<bool> CanManageRoomAsync(string? userId, Guid siteId, Guid operatorOrganisationId, CancellationToken ct) =>
        userId is not null && await db.SiteRoleAssignments.AnyAsync(a => a.UserId == userId
            && (a.Role == SiteRole.Administrator
                || (a.SiteId == siteId && a.Role == SiteRole.Coordinator)
                || (a.SiteId == siteId && a.Role != SiteRole.Resident && a.OrganisationId == operatorOrganisationId)), ct);

    public async Task<bool> IsRoomStaffAsync(string? userId, TelemedicineRoom room, CancellationToken ct) =>
        userId is not null && await db.SiteRoleAssignments.AnyAsync(a => a.UserId == userId && a.SiteId == room.SiteId
            && (a.Role == SiteRole.Coordinator || (a.Role != SiteRole.Resident && a.OrganisationId == room.OperatorOrganisationId)), ct);

    public async Task<bool> IsPracticeAsync(string? userId, Guid siteId, Guid practiceOrganisationId, CancellationToken ct) =>
        userId is not null && await db.SiteRoleAssignments.AnyAsync(a => a.UserId == userId && a.SiteId == siteId
            && a.Role == SiteRole.Practice && a.OrganisationId == practiceOrganisationId, ct);

    /// <summary>The practice organisations a person acts for at a site (for the practice's pages and FHIR).</summary>
    public Task<List<Guid>> PracticesOfAsync(string userId, Guid siteId, CancellationToken ct) =>
        db.SiteRoleAssignments.Where(a => a.UserId == userId && a.SiteId == siteId && a.Role == SiteRole.Practice && a.OrganisationId != null)
            .Select(a => a.OrganisationId!.Value).Distinct().ToListAsync(ct);

    /// <summary>The practice organisations a person acts for at any site (FHIR: practice software names no site).</summary>
    public Task<List<Guid>> PracticesOfAsync(string userId, CancellationToken ct) =>
        db.SiteRoleAssignments.Where(a => a.UserId == userId && a.Role == SiteRole.Practice && a.OrganisationId != null)
            .Select(a => a.OrganisationId!.Value).Distinct().ToListAsync(ct);

    /// <summary>The rooms a person is staff of at a site (for the room staff's page).</summary>
    public async Task<List<TelemedicineRoom>> RoomsStaffedByAsync(string userId, Guid siteId, CancellationToken ct)
    {
        var roles = await db.SiteRoleAssignments.Where(a => a.UserId == userId && a.SiteId == siteId && a.Role != SiteRole.Resident)
            .ToListAsync(ct);
        var all = roles.Any(r => r.Role == SiteRole.Coordinator);
        var operators = roles.Where(r => r.OrganisationId != null).Select(r => r.OrganisationId!.Value).ToList();
        return await db.TelemedicineRooms.AsNoTracking()
            .Where(r => r.SiteId == siteId && (all || operators.Contains(r.OperatorOrganisationId)))
            .OrderBy(r => r.Name).ToListAsync(ct);
    }
}
