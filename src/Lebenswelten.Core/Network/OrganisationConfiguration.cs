using Lebenswelten.Core.Sites;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lebenswelten.Core.Network;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> organisation)
    {
        organisation.HasOne<Site>().WithMany().HasForeignKey(o => o.SiteId).OnDelete(DeleteBehavior.Cascade);
        organisation.HasIndex(o => new { o.SiteId, o.Name });
        organisation.Property(o => o.Name).HasMaxLength(300);
        organisation.Property(o => o.Email).HasMaxLength(256);
        organisation.Property(o => o.Phone).HasMaxLength(60);
        organisation.Property(o => o.Website).HasMaxLength(500);
        organisation.ComplexProperty(o => o.Address, address =>
        {
            address.Property(a => a.Street).HasMaxLength(200);
            address.Property(a => a.PostalCode).HasMaxLength(10);
            address.Property(a => a.City).HasMaxLength(100);
        });
    }
}
