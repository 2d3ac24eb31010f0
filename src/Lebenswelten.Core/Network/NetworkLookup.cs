namespace Lebenswelten.Core.Network;

/// <summary>A network found for someone, and who that someone is in it.</summary>
public sealed record NetworkContext(HealthNetwork Network, NetworkActor Actor, bool IsMember)
{
    public bool CanManage => Actor.IsCoordinator;
}

/// <summary>
/// Finds a network as the use cases need it: staff of its site see it (another site's people learn nothing: 404);
/// its members see its meetings and documents; its site's coordinators manage it (other staff: 403).
/// </summary>
public sealed class NetworkLookup(LebensweltenDbContext db, NetworkAccess access)
{
    public async Task<Outcome<NetworkContext>> VisibleAsync(Guid networkId, string? userId, CancellationToken ct)
    {
        if (await db.HealthNetworks.AsNoTracking().FirstOrDefaultAsync(n => n.Id == networkId, ct) is not { } network)
        {
            return DomainProblem.NotFound("Network.NotFound");
        }
        var actor = await access.ActorAsync(userId, network.SiteId, ct);
        if (!actor.IsStaff)
        {
            return DomainProblem.NotFound("Network.NotFound");
        }
        return new NetworkContext(network, actor, await access.IsMemberAsync(actor, network.Id, ct));
    }

    /// <summary>For meetings, tasks and documents: members only; everyone else does not find it.</summary>
    public async Task<Outcome<NetworkContext>> MemberAsync(Guid networkId, string? userId, CancellationToken ct)
    {
        var found = await VisibleAsync(networkId, userId, ct);
        return found.Value is { IsMember: false } ? DomainProblem.NotFound("Network.NotFound") : found;
    }

    public async Task<Outcome<NetworkContext>> ManagedAsync(Guid networkId, string? userId, CancellationToken ct)
    {
        var found = await VisibleAsync(networkId, userId, ct);
        return found.Value is { CanManage: false } ? DomainProblem.Forbidden("Network.Forbidden") : found;
    }
}
