using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Organisations;

namespace Lebenswelten.Core.Network;

/// <summary>
/// The network's questions about accounts and roles (<see cref="INetworkPeople"/>), answered from Identity's tables: the
/// network builds on Identity, never the other way round.
/// </summary>
public sealed class NetworkPeople(LebensweltenDbContext db) : INetworkPeople
{
    public async Task<IReadOnlyList<RoleHolding>> RolesAsync(string userId, CancellationToken ct)
    {
        var rows = await db.SiteRoleAssignments.AsNoTracking().Where(a => a.UserId == userId)
            .Select(a => new
            {
                a.Role, a.SiteId, a.OrganisationId, Kind = a.Organisation == null ? (OrganisationKind?)null : a.Organisation.Kind,
                IdentityId = a.Organisation == null ? null : a.Organisation.IdentityId,
                Name = a.Organisation == null ? null : a.Organisation.Name,
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new RoleHolding(Of(r.Role), r.SiteId, r.OrganisationId, r.Kind, r.IdentityId, r.Name))];
    }

    public async Task<(string? DisplayName, string? Email)> AccountAsync(string userId, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.DisplayName, u.Email }).FirstOrDefaultAsync(ct)
            is { } user ? (user.DisplayName, user.Email) : (null, null);

    private static HeldRole Of(SiteRole role) => role switch
    {
        SiteRole.Administrator => HeldRole.Administrator,
        SiteRole.Coordinator => HeldRole.Coordinator,
        SiteRole.InsurerOfficer => HeldRole.InsurerOfficer,
        SiteRole.Resident => HeldRole.Resident,
        _ when SiteRoles.Staff.Contains(role) => HeldRole.OtherStaff,
        _ => HeldRole.Resident,
    };
}
