using Lebenswelten.Core.Identity;

namespace Lebenswelten.Core.Administration;

/// <summary>A role the provider's claims map to at its site, optionally acting for an organisation (by its name there).</summary>
public sealed record MappedRole(SiteRole Role, string? OrganisationName = null);
