using Lebenswelten.Core.Sites;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Lebenswelten.Core.Organisations;

namespace Lebenswelten.Core.Network;

internal sealed class OrganisationIdentityConfiguration : IEntityTypeConfiguration<OrganisationIdentity>
{
    public void Configure(EntityTypeBuilder<OrganisationIdentity> identity)
    {
        identity.Property(i => i.Name).HasMaxLength(300);
        identity.Property(i => i.Ik).HasMaxLength(9);
        identity.HasIndex(i => i.Ik).IsUnique();
    }
}

internal sealed class ContactPersonConfiguration : IEntityTypeConfiguration<ContactPerson>
{
    public void Configure(EntityTypeBuilder<ContactPerson> contact)
    {
        contact.HasOne<Site>().WithMany().HasForeignKey(c => c.SiteId).OnDelete(DeleteBehavior.Cascade);
        contact.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        // Erasing an account erases the entries that name its holder (GDPR Art. 17), whoever runs the erasure.
        contact.HasOne(NetworkConfiguration.AccountType, null).WithMany().HasForeignKey(nameof(ContactPerson.UserId)).OnDelete(DeleteBehavior.Cascade);
        contact.HasIndex(c => c.OrganisationId);
        contact.HasIndex(c => c.UserId);
        contact.HasIndex(c => c.Email);
        contact.Property(c => c.Name).HasMaxLength(200);
        contact.Property(c => c.Function).HasMaxLength(200);
        contact.Property(c => c.Email).HasMaxLength(256);
        contact.Property(c => c.Phone).HasMaxLength(40);
        contact.Property(c => c.UserId).HasMaxLength(450);
        contact.Property(c => c.RecordedByUserId).HasMaxLength(450);
        contact.Property(c => c.ConsentVersion).HasMaxLength(40);
    }
}
