using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Identity;

/// <summary>A role a person holds at one site (or, for administrators, globally: <see cref="SiteId"/> null).</summary>
public sealed class SiteRoleAssignment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string UserId { get; set; }
    public Guid? SiteId { get; set; }
    public Site? Site { get; set; }
    public SiteRole Role { get; set; }

    /// <summary>The organisation the person acts for (provider, practice, insurer, jobcenter), if any.</summary>
    public Guid? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    /// <summary>
    /// The single sign-on provider (its scheme, e.g. "sso-jena") whose claims gave this role: it is set again at every
    /// login through that provider, and taken away when the claims no longer give it. Null: a person gave it.
    /// </summary>
    public string? SyncedFrom { get; set; }
}
