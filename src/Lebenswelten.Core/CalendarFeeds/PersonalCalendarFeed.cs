using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lebenswelten.Core.CalendarFeeds;

/// <summary>
/// A person's secret calendar link: at most one per account. Only the SHA-256 of the token is kept, so a copy of the
/// database opens no feed (ASVS 5.0 V7.2.1/V11.4.2); renewing replaces the hash, so the old link dies at once.
/// </summary>
public sealed class PersonalCalendarFeed
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string UserId { get; set; }
    /// <summary>SHA-256 of the token, upper-case hex (<see cref="SecretToken.HashOf"/>).</summary>
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When a calendar app last fetched the feed, to the hour: the person sees whether the link is in use.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }
}

internal sealed class PersonalCalendarFeedConfiguration : IEntityTypeConfiguration<PersonalCalendarFeed>
{
    public void Configure(EntityTypeBuilder<PersonalCalendarFeed> builder)
    {
        builder.Property(f => f.UserId).HasMaxLength(450);
        builder.Property(f => f.TokenHash).HasMaxLength(64);
        builder.HasIndex(f => f.UserId).IsUnique();
        builder.HasIndex(f => f.TokenHash).IsUnique();
        builder.HasOne<Identity.AppUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
