using Microsoft.AspNetCore.Identity;

namespace Lebenswelten.Core.Identity;

public sealed class AppUser : IdentityUser
{
    public string? DisplayName { get; set; }
    /// <summary>The language the person last chose (a culture name such as "ar" or "de-XL"): pages and mails use it after sign-in.</summary>
    public string? Language { get; set; }
    public List<SiteRoleAssignment> SiteRoles { get; set; } = [];
}
