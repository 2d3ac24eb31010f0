using Lebenswelten.Core.Identity;

namespace Lebenswelten.Core.Administration;

public sealed record SiteMember(string UserId, string Email, string? DisplayName, IReadOnlyList<SiteRole> Roles, string? Organisation);
