using Lebenswelten.Core.Organisations;

namespace Lebenswelten.Core.Network;

/// <summary>A role as the network needs to know it: what kind, where, and for which organisation.</summary>
public enum HeldRole
{
    Administrator,
    Coordinator,
    InsurerOfficer,
    OtherStaff,
    Resident,
}

public sealed record RoleHolding(HeldRole Role, Guid? SiteId, Guid? OrganisationId, OrganisationKind? OrganisationKind,
    Guid? OrganisationIdentityId, string? OrganisationName);

/// <summary>
/// Accounts and roles as the network reads them, answered by <see cref="NetworkPeople"/> from Identity's tables: every
/// network service asks these two questions the same way instead of reading role assignments each in its own.
/// </summary>
public interface INetworkPeople
{
    /// <summary>Every role the account holds, at every site, read from the database (never from the login's claims).</summary>
    Task<IReadOnlyList<RoleHolding>> RolesAsync(string userId, CancellationToken ct);

    /// <summary>The account's display name and address, or nulls for an unknown account.</summary>
    Task<(string? DisplayName, string? Email)> AccountAsync(string userId, CancellationToken ct);
}
