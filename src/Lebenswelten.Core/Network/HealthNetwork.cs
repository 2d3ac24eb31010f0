using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Organisations;

namespace Lebenswelten.Core.Network;

/// <summary>
/// A site's network of local actors for health promotion ("Gesunde Kommune Gera"): member organisations with a role,
/// working groups, meetings and shared documents. It may invite partners through an open call.
/// </summary>
public sealed class HealthNetwork : ISiteOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SiteId { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }

    /// <summary>Whether organisations may ask to join on the public page.</summary>
    public bool OpenCall { get; set; }

    /// <summary>Whom the network is looking for, shown on the public page.</summary>
    public string? OpenCallText { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public bool IsSampleData { get; set; }
}

public enum NetworkRole
{
    Coordinator,
    Moderator,
    Member,
}

/// <summary>An organisation in a network, with its role and since when.</summary>
public sealed class NetworkMembership
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid NetworkId { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public NetworkRole Role { get; set; }
    public DateOnly JoinedOn { get; set; }
}

/// <summary>A working group inside a network ("AG Gesundes Chemnitz"), its members drawn from the network's.</summary>
public sealed class WorkingGroup
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid NetworkId { get; set; }
    public required string Name { get; set; }
    public string? Mandate { get; set; }
    public DateOnly StartedOn { get; set; }
    public List<WorkingGroupMember> Members { get; set; } = [];
}

public sealed class WorkingGroupMember
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WorkingGroupId { get; set; }
    public Guid OrganisationId { get; set; }
}
