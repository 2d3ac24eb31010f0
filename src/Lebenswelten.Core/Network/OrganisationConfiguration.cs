using Lebenswelten.Core.Sites;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lebenswelten.Core.Network;

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
