using Lebenswelten.Core.Identity;

namespace Lebenswelten.Core.Administration;

public sealed record UserQuery(string? Search = null, Guid? SiteId = null, SiteRole? Role = null, int Page = 1)
{
    public const int PageSize = 25;
    public const int MaxSearchLength = 200;
}

/// <param name="SyncedFrom">The single sign-on provider that keeps this role, if it did not come from a person.</param>
public sealed record RoleHeld(Guid Id, Guid? SiteId, string? SiteSlug, string? SiteName, SiteRole Role,
    Guid? OrganisationId, string? OrganisationName, string? SyncedFrom = null);

/// <param name="SingleSignOn">The display names of the identity providers the account logs in with.</param>
public sealed record UserSummary(string Id, string Email, string? DisplayName, AccountStatus Status, bool TwoFactorEnabled,
    IReadOnlyList<RoleHeld> Roles, IReadOnlyList<string> SingleSignOn);

public sealed record UserPage(IReadOnlyList<UserSummary> Users, int Total, int Page)
{
    public int Pages => Math.Max(1, (Total + UserQuery.PageSize - 1) / UserQuery.PageSize);
}

/// <summary>A role to give: at a site (every role but administrator), optionally for an organisation of that site.</summary>
public sealed record RoleGrant(Guid? SiteId, SiteRole Role, Guid? OrganisationId = null);
