using Lebenswelten.Core.Administration;
using Lebenswelten.Core.CalendarFeeds;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Core.Tests.CalendarFeeds;

/// <summary>The secret link of a person's own calendar feed: made, renewed, revoked, and its part in a person's rights.</summary>
public sealed class PersonalCalendarFeedsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, BothProviders]
    public async Task A_new_link_opens_its_owners_feed_and_keeps_only_a_hash_of_the_token(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock();
        var person = await PersonAsync(database);

        var token = await Feeds(database, clock, f => f.IssueAsync(person, None));

        Assert.True(token.Length == PersonalCalendarFeeds.TokenLength, token);
        Assert.Equal(person, await Feeds(database, clock, f => f.OpenAsync(token, None)));
        await using var db = database.CreateContext();
        var stored = await db.PersonalCalendarFeeds.SingleAsync(f => f.UserId == person);
        Assert.Equal(SecretToken.HashOf(token), stored.TokenHash);
        Assert.DoesNotContain(token, stored.TokenHash, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(clock.GetUtcNow(), stored.LastUsedAt!.Value);
    }

    [Theory, BothProviders]
    public async Task Renewing_kills_the_old_link_at_once_and_revoking_kills_the_new_one(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock();
        var person = await PersonAsync(database);
        var old = await Feeds(database, clock, f => f.IssueAsync(person, None));

        var renewed = await Feeds(database, clock, f => f.IssueAsync(person, None));

        Assert.NotEqual(old, renewed);
        Assert.Null(await Feeds(database, clock, f => f.OpenAsync(old, None)));
        Assert.Equal(person, await Feeds(database, clock, f => f.OpenAsync(renewed, None)));
        Assert.True(await Feeds(database, clock, f => f.RevokeAsync(person, None)));
        Assert.Null(await Feeds(database, clock, f => f.OpenAsync(renewed, None)));
        Assert.Null(await Feeds(database, clock, f => f.FindAsync(person, None)));
        Assert.False(await Feeds(database, clock, f => f.RevokeAsync(person, None)));
    }

    [Theory, BothProviders]
    public async Task A_guessed_or_malformed_token_and_a_deactivated_accounts_token_open_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock();
        var person = await PersonAsync(database);
        var other = await PersonAsync(database);
        var token = await Feeds(database, clock, f => f.IssueAsync(person, None));
        await Feeds(database, clock, f => f.IssueAsync(other, None));

        foreach (var guess in new[] { SecretToken.Create(), token[..^1], token + "x", token.ToUpperInvariant(), "", "../../etc", new string('a', 5000) })
        {
            Assert.Null(await Feeds(database, clock, f => f.OpenAsync(guess, None)));
        }
        await using (var db = database.CreateContext())
        {
            var user = await db.Users.SingleAsync(u => u.Id == person);
            user.LockoutEnd = AccountStates.DeactivatedFrom;
            await db.SaveChangesAsync();
        }
        Assert.Null(await Feeds(database, clock, f => f.OpenAsync(token, None)));
    }

    [Theory, BothProviders]
    public async Task The_export_names_when_the_link_was_made_and_used_but_not_its_secret_and_erasure_deletes_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock();
        var person = await PersonAsync(database);
        var token = await Feeds(database, clock, f => f.IssueAsync(person, None));
        await Feeds(database, clock, f => f.OpenAsync(token, None));
        await using var db = database.CreateContext();
        var participant = new CalendarFeedsParticipant(new PersonalCalendarFeeds(db, clock));

        var section = Assert.IsType<CalendarFeedsDataSection>(await participant.ExportAsync(person, None));
        var json = System.Text.Json.JsonSerializer.Serialize<PersonalDataSection>(section);

        Assert.Equal(clock.GetUtcNow(), section.CreatedAt);
        Assert.Equal(clock.GetUtcNow(), section.LastUsedAt!.Value);
        Assert.DoesNotContain(token, json, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretToken.HashOf(token), json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, await participant.EraseAsync(person, clock.GetUtcNow(), None));
        Assert.Null(await participant.ExportAsync(person, None));
        Assert.Null(await Feeds(database, clock, f => f.OpenAsync(token, None)));
        Assert.Equal(0, await participant.PurgeExpiredAsync(clock.GetUtcNow().AddYears(5), None));
    }

    private static async Task<T> Feeds<T>(TestDatabase database, TimeProvider clock, Func<PersonalCalendarFeeds, Task<T>> act)
    {
        await using var db = database.CreateContext();
        return await act(new PersonalCalendarFeeds(db, clock));
    }

    private static async Task<string> PersonAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var email = $"person-{Guid.NewGuid():N}@example.org";
        var user = new AppUser { UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, EmailConfirmed = true };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }
}
