using Lebenswelten.Core.Administration;

namespace Lebenswelten.Core.CalendarFeeds;

/// <summary>What the account page shows of a person's feed link; the token itself is shown only once.</summary>
public sealed record CalendarFeedInfo(DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt);

/// <summary>
/// The secret link behind a person's own calendar feed: create or renew (a new random token, the old one dead at once),
/// revoke, and find the account behind a token. The token is 192 random bits, stored only as its SHA-256; it is looked up
/// by hash and compared again in constant time (ASVS 5.0 V7.2.1, V11.5.1). Only the account itself manages its link:
/// every method takes the signed-in account's id, never an id from a form.
/// </summary>
public sealed class PersonalCalendarFeeds(LebensweltenDbContext db, TimeProvider clock)
{
    /// <summary>Base64url of 24 random bytes.</summary>
    public const int TokenLength = 32;

    public async Task<CalendarFeedInfo?> FindAsync(string userId, CancellationToken ct) =>
        await db.PersonalCalendarFeeds.AsNoTracking().Where(f => f.UserId == userId)
            .Select(f => new CalendarFeedInfo(f.CreatedAt, f.LastUsedAt)).SingleOrDefaultAsync(ct);

    /// <summary>Creates the link, or renews it: returns the new token, the only time it can be read.</summary>
    public async Task<string> IssueAsync(string userId, CancellationToken ct)
    {
        var token = SecretToken.Create();
        var feed = await db.PersonalCalendarFeeds.SingleOrDefaultAsync(f => f.UserId == userId, ct);
        if (feed is null)
        {
            feed = new PersonalCalendarFeed { UserId = userId, TokenHash = "" };
            db.Add(feed);
        }
        feed.TokenHash = SecretToken.HashOf(token);
        feed.CreatedAt = clock.GetUtcNow();
        feed.LastUsedAt = null;
        await db.SaveChangesAsync(ct);
        return token;
    }

    /// <summary>Revokes the link (the account page, "log out everywhere", erasure); false when there was none.</summary>
    public async Task<bool> RevokeAsync(string userId, CancellationToken ct) =>
        await db.PersonalCalendarFeeds.Where(f => f.UserId == userId).ExecuteDeleteAsync(ct) > 0;

    /// <summary>
    /// The account a token opens; null for a malformed, unknown or revoked token and for a deactivated account, all
    /// alike, so the answer tells an attacker nothing. Notes the use, at most once an hour (a calendar polls often).
    /// </summary>
    public async Task<string?> OpenAsync(string? token, CancellationToken ct)
    {
        if (token is not { Length: TokenLength } || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return null;
        }
        var hash = SecretToken.HashOf(token);
        var feed = await db.PersonalCalendarFeeds.SingleOrDefaultAsync(f => f.TokenHash == hash, ct);
        if (feed is null || !SecretToken.AreEqual(feed.TokenHash, hash))
        {
            return null;
        }
        var lockoutEnd = await db.Users.Where(u => u.Id == feed.UserId).Select(u => u.LockoutEnd).SingleAsync(ct);
        if (lockoutEnd >= AccountStates.DeactivatedFrom)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        if (feed.LastUsedAt is not { } used || now - used >= TimeSpan.FromHours(1))
        {
            feed.LastUsedAt = now;
            await db.SaveChangesAsync(ct);
        }
        return feed.UserId;
    }
}
