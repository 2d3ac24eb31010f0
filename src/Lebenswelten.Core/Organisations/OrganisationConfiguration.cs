using Lebenswelten.Core.Sites;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lebenswelten.Core.Organisations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> organisation)
    {
        organisation.HasOne<Site>().WithMany().HasForeignKey(o => o.SiteId).OnDelete(DeleteBehavior.Cascade);
        // No foreign key to the identity: adding one to this existing table would make SQLite rebuild it, which cannot
        // happen inside the migration's transaction (the first-start warning issue 16 removed). Identities are never
        // deleted, and only OrganisationIdentities sets the column.
        organisation.HasIndex(o => o.IdentityId);
        organisation.HasIndex(o => new { o.SiteId, o.Name });
        organisation.Property(o => o.Name).HasMaxLength(300);
        organisation.Property(o => o.Email).HasMaxLength(256);
        organisation.Property(o => o.Phone).HasMaxLength(60);
        organisation.Property(o => o.Website).HasMaxLength(500);
        organisation.Property(o => o.Description).HasMaxLength(Organisation.MaxDescriptionLength);
        organisation.Property(o => o.FieldsOfWork).HasConversion<int>();
        organisation.Property(o => o.TargetGroups).HasConversion<int>();
        organisation.ComplexProperty(o => o.Address, address =>
        {
            address.Property(a => a.Street).HasMaxLength(200);
            address.Property(a => a.PostalCode).HasMaxLength(10);
            address.Property(a => a.City).HasMaxLength(100);
        });
    }
}
