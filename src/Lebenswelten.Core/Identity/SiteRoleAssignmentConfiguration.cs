using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lebenswelten.Core.Identity;

internal sealed class SiteRoleAssignmentConfiguration : IEntityTypeConfiguration<SiteRoleAssignment>
{
    public void Configure(EntityTypeBuilder<SiteRoleAssignment> assignment)
    {
        assignment.HasOne<AppUser>().WithMany(u => u.SiteRoles).HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        assignment.HasOne(a => a.Site).WithMany().HasForeignKey(a => a.SiteId).OnDelete(DeleteBehavior.Cascade);
        assignment.HasOne(a => a.Organisation).WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        assignment.HasIndex(a => new { a.UserId, a.SiteId, a.Role }).IsUnique();
        assignment.HasIndex(a => new { a.SiteId, a.Role });
        // Single sign-on: which provider's claims keep this role (SingleSignOn syncs it).
        assignment.Property(a => a.SyncedFrom).HasMaxLength(SingleSignOnNames.MaxSchemeLength);
    }
}
