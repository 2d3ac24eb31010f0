using Lebenswelten.Core.Organisations;
namespace Lebenswelten.Core.Network;

/// <summary>
/// Who one person is in one site's network, read from the database (never from the caller's flags or the login's
/// claims, so a role taken away a minute ago no longer counts). Administrators act as the site's coordinators.
/// </summary>
public sealed record NetworkActor(string? UserId, Guid SiteId, bool IsCoordinator, bool IsStaff, bool IsInsurerOfficer,
    IReadOnlyList<Guid> Organisations)
{
    public bool ActsFor(Guid organisationId) => Organisations.Contains(organisationId);
}

/// <summary>The network's rules of who may see and do what; every use case asks here.</summary>
public sealed class NetworkAccess(LebensweltenDbContext db, INetworkPeople people)
{
    public async Task<NetworkActor> ActorAsync(string? userId, Guid siteId, CancellationToken ct)
    {
        if (userId is null)
        {
            return new NetworkActor(null, siteId, false, false, false, []);
        }
        var roles = (await people.RolesAsync(userId, ct)).Where(r => r.SiteId == siteId || r.Role == HeldRole.Administrator).ToList();
        var administrator = roles.Any(r => r.Role == HeldRole.Administrator);
        return new NetworkActor(userId, siteId,
            IsCoordinator: administrator || roles.Any(r => r.Role == HeldRole.Coordinator),
            IsStaff: administrator || roles.Any(r => r.Role != HeldRole.Resident),
            // An insurer officer acts for an insurer: the role alone (held for a housing company, say) is not enough.
            IsInsurerOfficer: roles.Any(r => r.Role == HeldRole.InsurerOfficer && r.OrganisationKind == OrganisationKind.Insurer),
            Organisations: [.. roles.Where(r => r.Role != HeldRole.Resident && r.OrganisationId != null)
                .Select(r => r.OrganisationId!.Value).Distinct()]);
    }

    /// <summary>The site's coordinators, and the people who act for one of the network's member organisations.</summary>
    public async Task<bool> IsMemberAsync(NetworkActor actor, Guid networkId, CancellationToken ct) =>
        actor.IsCoordinator || (actor.Organisations.Count > 0
            && await db.NetworkMemberships.AnyAsync(m => m.NetworkId == networkId && actor.Organisations.Contains(m.OrganisationId), ct));

    /// <summary>
    /// Contact persons are for the signed-in members of a network the organisation belongs to (and its own people and
    /// the coordinators), not for everyone at the site.
    /// </summary>
    public async Task<bool> CanSeeContactsAsync(NetworkActor actor, Guid organisationId, CancellationToken ct) =>
        actor.IsCoordinator || actor.ActsFor(organisationId) || (actor.Organisations.Count > 0
            && await db.NetworkMemberships.AnyAsync(m => m.OrganisationId == organisationId
                && db.NetworkMemberships.Any(mine => mine.NetworkId == m.NetworkId && actor.Organisations.Contains(mine.OrganisationId)),
                    ct));

    /// <summary>The coordinators edit every profile of their site, an organisation's own people edit its own.</summary>
    public static bool CanEditProfile(NetworkActor actor, Guid organisationId) => actor.IsCoordinator || actor.ActsFor(organisationId);
}
