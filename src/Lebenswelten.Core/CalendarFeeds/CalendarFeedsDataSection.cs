using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.CalendarFeeds;

/// <summary>The person's calendar link in their export: when it was made and last used — never the token or its hash.</summary>
public sealed record CalendarFeedsDataSection(DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt)
    : PersonalDataSection(CalendarFeedsParticipant.Name);

/// <summary>The calendar link's part in a person's rights (GDPR Art. 15, 17, 20).</summary>
public sealed class CalendarFeedsParticipant(PersonalCalendarFeeds feeds) : IPersonalDataParticipant
{
    public const string Name = "CalendarFeeds";

    public string Capability => Name;

    public async Task<PersonalDataSection?> ExportAsync(string userId, CancellationToken ct) =>
        await feeds.FindAsync(userId, ct) is { } feed ? new CalendarFeedsDataSection(feed.CreatedAt, feed.LastUsedAt) : null;

    public async Task<int> EraseAsync(string userId, DateTimeOffset now, CancellationToken ct) =>
        await feeds.RevokeAsync(userId, ct) ? 1 : 0;

    /// <summary>A link lives as long as its account or until revoked; erasure and account deletion end it.</summary>
    public Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken ct) => Task.FromResult(0);
}
