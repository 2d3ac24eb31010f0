using Lebenswelten.Core.Identity;

namespace Lebenswelten.Core.Administration;

/// <summary>A role to give: at a site (every role but administrator), optionally for an organisation of that site.</summary>
public sealed record RoleGrant(Guid? SiteId, SiteRole Role, Guid? OrganisationId = null);
