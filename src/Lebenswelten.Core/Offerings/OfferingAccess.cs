using Lebenswelten.Core.Identity;

namespace Lebenswelten.Core.Offerings;

/// <summary>
/// Who may manage an offering and see its participants: providers of the offering's organisation,
/// the site's coordinators, administrators. Read from the database, not the login's claims, so that a
/// role taken away counts at once.
/// </summary>
public sealed class OfferingAccess(LebensweltenDbContext db)
{
    public async Task<bool> CanManageAsync(string? userId, Offering offering, CancellationToken ct) =>
        userId is not null && await db.SiteRoleAssignments.AnyAsync(a => a.UserId == userId
            && (a.Role == SiteRole.Administrator
                || (a.SiteId == offering.SiteId && a.Role == SiteRole.Coordinator)
                || (a.SiteId == offering.SiteId && a.Role == SiteRole.Provider && a.OrganisationId == offering.OrganisationId)), ct);

    /// <summary>Whether the person manages every offering of the site (coordinator, administrator), not only their own.</summary>
    public Task<bool> ManagesWholeSiteAsync(string userId, Guid siteId, CancellationToken ct) =>
        db.SiteRoleAssignments.AnyAsync(a => a.UserId == userId && (a.Role == SiteRole.Administrator
            || (a.SiteId == siteId && a.Role == SiteRole.Coordinator)), ct);

    /// <summary>The organisations a person may create offerings for at a site (coordinators: all of the site's).</summary>
    public async Task<List<Organisations.Organisation>> OrganisationsFor(string userId, Guid siteId, CancellationToken ct)
    {
        var roles = await db.SiteRoleAssignments.Where(a => a.UserId == userId && (a.SiteId == siteId || a.SiteId == null)).ToListAsync(ct);
        var all = roles.Any(r => r.Role is SiteRole.Coordinator or SiteRole.Administrator);
        var own = roles.Where(r => r.Role == SiteRole.Provider && r.OrganisationId != null).Select(r => r.OrganisationId).ToList();
        return await db.Organisations.Where(o => o.SiteId == siteId && (all || own.Contains(o.Id)))
            .OrderBy(o => o.Name).ToListAsync(ct);
    }

    /// <summary>Offerings a person manages at a site, for the back-office list.</summary>
    public async Task<IQueryable<Offering>> ManagedQueryAsync(string userId, Guid siteId, CancellationToken ct)
    {
        var organisations = (await OrganisationsFor(userId, siteId, ct)).Select(o => o.Id).ToList();
        return db.Offerings.Where(o => o.SiteId == siteId && organisations.Contains(o.OrganisationId));
    }
}
