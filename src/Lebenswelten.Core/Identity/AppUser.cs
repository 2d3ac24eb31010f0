using Microsoft.AspNetCore.Identity;

namespace Lebenswelten.Core.Identity;

public sealed class AppUser : IdentityUser
{
    public string? DisplayName { get; set; }
    public List<SiteRoleAssignment> SiteRoles { get; set; } = [];
}
