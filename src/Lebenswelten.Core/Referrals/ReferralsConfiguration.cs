using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lebenswelten.Core.Referrals;

internal sealed class VoucherConfiguration : IEntityTypeConfiguration<Voucher>
{
    public void Configure(EntityTypeBuilder<Voucher> voucher)
    {
        voucher.HasOne<Site>().WithMany().HasForeignKey(v => v.SiteId).OnDelete(DeleteBehavior.Cascade);
        voucher.Property(v => v.IssuedByUserId).HasMaxLength(450);
        voucher.Property(v => v.RedeemedByUserId).HasMaxLength(450);
        voucher.Property(v => v.ClientNote).HasMaxLength(VoucherDraft.MaxNoteLength);
        voucher.Property(v => v.PrintLanguage).HasMaxLength(10);
        voucher.Property(v => v.CodeHash).HasMaxLength(64);
        // The database, not only the code, keeps two vouchers from sharing a code.
        voucher.HasIndex(v => v.CodeHash).IsUnique();
        voucher.HasIndex(v => new { v.SiteId, v.IssuedAt });
        voucher.HasIndex(v => v.RedeemedByUserId);
        voucher.Property(v => v.Categories)
            .HasConversion(
                list => string.Join(',', list),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<OfferingCategory>).ToList(),
                new ValueComparer<List<OfferingCategory>>((a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, (h, c) => HashCode.Combine(h, c)),
                    l => l.ToList()))
            .HasMaxLength(400);
        voucher.ToTable(t => t.HasCheckConstraint("CK_Vouchers_RegistrationsUsed",
            "\"RegistrationsUsed\" >= 0 AND \"RegistrationsUsed\" <= \"MaxRegistrations\""));
    }
}

internal sealed class VoucherRegistrationConfiguration : IEntityTypeConfiguration<VoucherRegistration>
{
    public void Configure(EntityTypeBuilder<VoucherRegistration> link)
    {
        link.HasOne<Voucher>().WithMany().HasForeignKey(l => l.VoucherId).OnDelete(DeleteBehavior.Cascade);
        link.HasOne<Registration>().WithMany().HasForeignKey(l => l.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        link.HasIndex(l => l.RegistrationId).IsUnique();
        link.HasIndex(l => new { l.SiteId, l.CreatedAt });
    }
}

internal sealed class ReferralConsentConfiguration : IEntityTypeConfiguration<ReferralConsent>
{
    public void Configure(EntityTypeBuilder<ReferralConsent> consent)
    {
        consent.HasOne<Voucher>().WithMany().HasForeignKey(c => c.VoucherId).OnDelete(DeleteBehavior.Cascade);
        consent.Property(c => c.Purpose).HasMaxLength(80);
        consent.Property(c => c.TextVersion).HasMaxLength(40);
        consent.Property(c => c.Language).HasMaxLength(5);
        consent.Property(c => c.RecordedByUserId).HasMaxLength(450);
        consent.HasIndex(c => c.VoucherId);
    }
}
