using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lebenswelten.Core.Privacy;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.Property(e => e.DataKind).HasMaxLength(80);
        entry.Property(e => e.RecordId).HasMaxLength(80);
        entry.Property(e => e.ActorUserId).HasMaxLength(450);
        entry.Property(e => e.SubjectUserId).HasMaxLength(450);
        entry.Property(e => e.RemoteAddress).HasMaxLength(64);
        entry.HasIndex(e => new { e.SubjectUserId, e.At });
        entry.HasIndex(e => new { e.ActorUserId, e.At });
        entry.HasIndex(e => e.At);
    }
}
