using Lebenswelten.Core.Network;
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
}
