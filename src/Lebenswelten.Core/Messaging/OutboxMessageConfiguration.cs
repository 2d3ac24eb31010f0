using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lebenswelten.Core.Messaging;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.Property(m => m.To).HasMaxLength(256);
        message.Property(m => m.ToName).HasMaxLength(200);
        message.Property(m => m.Subject).HasMaxLength(300);
        message.Property(m => m.Template).HasMaxLength(60);
        message.Property(m => m.AttachmentName).HasMaxLength(100);
        message.Property(m => m.AttachmentContentType).HasMaxLength(100);
        message.Property(m => m.LastError).HasMaxLength(2000);
        message.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
    }
}
