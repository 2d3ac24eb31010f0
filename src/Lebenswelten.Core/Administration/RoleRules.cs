using Lebenswelten.Core.Identity;

namespace Lebenswelten.Core.Administration;

/// <summary>What makes a role grant well-formed, whoever gives it (role change or invitation).</summary>
internal static class RoleRules
{
    public static async Task<DomainProblem?> CheckAsync(LebensweltenDbContext db, RoleGrant grant, CancellationToken ct)
    {
        if (!Enum.IsDefined(grant.Role))
        {
            return DomainProblem.Field(nameof(grant.Role), "Unknown");
        }
        if (grant.Role == SiteRole.Administrator)
        {
            // The administrator role is global: no site, no organisation.
            return grant.SiteId is null && grant.OrganisationId is null ? null : DomainProblem.Field(nameof(grant.SiteId), "Invalid");
        }
        if (grant.SiteId is not { } siteId)
        {
            return DomainProblem.Field(nameof(grant.SiteId), "Required");
        }
        if (!await db.Sites.AnyAsync(s => s.Id == siteId, ct))
        {
            return DomainProblem.Field(nameof(grant.SiteId), "Unknown");
        }
        if (grant.OrganisationId is { } organisationId
            && !await db.Organisations.AnyAsync(o => o.Id == organisationId && o.SiteId == siteId, ct))
        {
            return DomainProblem.Field(nameof(grant.OrganisationId), "NotAtSite");
        }
        return null;
    }
}
