using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Core.Workspace;

namespace Lebenswelten.Core.Tests.Workspace;

/// <summary>"Since your last visit" on the staff start page means the last look of the previous working session.</summary>
public sealed class WorkspaceVisitTests
{
    [Theory]
    [BothProviders]
    public async Task News_count_from_the_last_look_of_the_previous_session_and_a_reload_does_not_empty_them(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var userId = await UserAsync(database);
        var clock = new ManualClock();
        var first = clock.GetUtcNow();

        Assert.Null(await VisitAsync(database, userId, clock));
        clock.Advance(TimeSpan.FromMinutes(30));
        var lastLook = clock.GetUtcNow();
        Assert.Null(await VisitAsync(database, userId, clock)); // the same session: still the first

        clock.Advance(TimeSpan.FromHours(20));
        Assert.Equal(lastLook, await VisitAsync(database, userId, clock));
        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(lastLook, await VisitAsync(database, userId, clock)); // a reload keeps the same news
        Assert.NotEqual(first, lastLook);
    }

    [Theory]
    [BothProviders]
    public async Task The_visit_times_are_exported_erased_and_purged_after_a_year(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (kept, erased) = (await UserAsync(database), await UserAsync(database));
        var clock = new ManualClock();
        await VisitAsync(database, kept, clock);
        await VisitAsync(database, erased, clock);
        await using var db = database.CreateContext();
        var privacy = new WorkspacePersonalData(db);

        var export = Assert.IsType<WorkspacePersonalDataSection>(await privacy.ExportAsync(kept, CancellationToken.None));
        Assert.Equal(clock.GetUtcNow(), export.LastVisitAt);
        Assert.Equal(1, await privacy.EraseAsync(erased, clock.GetUtcNow(), CancellationToken.None));
        Assert.Null(await privacy.ExportAsync(erased, CancellationToken.None));
        Assert.Equal(0, await privacy.PurgeExpiredAsync(clock.GetUtcNow().AddDays(300), CancellationToken.None));
        Assert.Equal(1, await privacy.PurgeExpiredAsync(clock.GetUtcNow().AddDays(366), CancellationToken.None));
    }

    private static async Task<DateTimeOffset?> VisitAsync(TestDatabase database, string userId, TimeProvider clock)
    {
        await using var db = database.CreateContext();
        return await new WorkspaceVisits(db, clock).VisitAsync(userId, CancellationToken.None);
    }

    private static async Task<string> UserAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var email = $"{Guid.NewGuid():N}@example.org";
        var user = new AppUser { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant() };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }
}
