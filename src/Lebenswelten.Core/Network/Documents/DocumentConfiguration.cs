using Lebenswelten.Core.Network.Partnerships;
using Lebenswelten.Core.Sites;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lebenswelten.Core.Network.Documents;

internal sealed class NetworkDocumentConfiguration : IEntityTypeConfiguration<NetworkDocument>
{
    public void Configure(EntityTypeBuilder<NetworkDocument> document)
    {
        document.HasOne<Site>().WithMany().HasForeignKey(d => d.SiteId).OnDelete(DeleteBehavior.Cascade);
        document.HasOne<HealthNetwork>().WithMany().HasForeignKey(d => d.NetworkId).OnDelete(DeleteBehavior.Cascade);
        document.HasOne<Meeting>().WithMany().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
        document.HasOne<Agreement>().WithMany().HasForeignKey(d => d.AgreementId).OnDelete(DeleteBehavior.Cascade);
        document.HasOne<EligibilityCheck>().WithMany().HasForeignKey(d => d.EligibilityCheckId).OnDelete(DeleteBehavior.Cascade);
        document.HasIndex(d => d.NetworkId);
        document.HasIndex(d => d.MeetingId);
        document.HasIndex(d => d.AgreementId);
        document.HasIndex(d => d.EligibilityCheckId);
        document.Property(d => d.Title).HasMaxLength(200);
        document.Property(d => d.FileName).HasMaxLength(200);
        document.Property(d => d.ContentType).HasMaxLength(100);
        document.Property(d => d.Sha256).HasMaxLength(64);
        document.Property(d => d.UploadedByUserId).HasMaxLength(450);
    }
}

internal sealed class DocumentContentConfiguration : IEntityTypeConfiguration<DocumentContent>
{
    public void Configure(EntityTypeBuilder<DocumentContent> content)
    {
        content.HasKey(c => c.DocumentId);
        content.HasOne<NetworkDocument>().WithOne().HasForeignKey<DocumentContent>(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
