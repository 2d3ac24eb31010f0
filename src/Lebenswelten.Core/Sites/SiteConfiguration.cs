using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lebenswelten.Core.Sites;

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> site)
    {
        site.HasIndex(s => s.Slug).IsUnique();
        site.Property(s => s.Slug).HasMaxLength(60);
        site.Property(s => s.Name).HasMaxLength(200);
        site.Property(s => s.State).HasMaxLength(100);
        site.Property(s => s.Ags).HasMaxLength(12);
        site.Property(s => s.Description).HasMaxLength(4000);
        site.Property(s => s.PopulationSource).HasMaxLength(Site.MaxSourceLength);
        site.Ignore(s => s.Gisd);
        site.ComplexProperty(s => s.Contact, contact =>
        {
            contact.Property(c => c.Name).HasMaxLength(200);
            contact.Property(c => c.Email).HasMaxLength(256);
            contact.Property(c => c.Phone).HasMaxLength(60);
        });
    }
}

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> district)
    {
        district.HasOne<Site>().WithMany().HasForeignKey(d => d.SiteId).OnDelete(DeleteBehavior.Cascade);
        district.HasIndex(d => new { d.SiteId, d.Key }).IsUnique();
        district.Property(d => d.Key).HasMaxLength(40);
        district.Property(d => d.Name).HasMaxLength(200);
    }
}
