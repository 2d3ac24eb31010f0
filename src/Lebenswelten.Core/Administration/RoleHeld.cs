using Lebenswelten.Core.Identity;

namespace Lebenswelten.Core.Administration;

/// <param name="SyncedFrom">The single sign-on provider that keeps this role, if it did not come from a person.</param>
public sealed record RoleHeld(Guid Id, Guid? SiteId, string? SiteSlug, string? SiteName, SiteRole Role,
    Guid? OrganisationId, string? OrganisationName, string? SyncedFrom = null);
