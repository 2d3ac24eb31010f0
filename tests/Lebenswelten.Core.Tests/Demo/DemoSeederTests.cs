using Lebenswelten.Core.Demo;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Lebenswelten.Core.Telemedicine;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Tests.Demo;

public sealed class DemoSeederTests
{
    private const string Password = "Demo-Passwort-fuer-Tests";

    [Theory]
    [BothProviders]
    public async Task Seeds_the_five_sites_with_real_GISD_districts_organisations_and_one_account_per_role(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = CoreServices.For(database);
        await using var scope = services.CreateAsyncScope();

        Assert.True(await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(Password));

        await using var db = database.CreateContext();
        var sites = await db.Sites.OrderBy(s => s.Slug).ToListAsync();
        Assert.Equal(["chemnitz", "gera", "jena", "leipzig", "weimar"], sites.Select(s => s.Slug));
        var gera = sites.Single(s => s.Slug == "gera");
        Assert.Equal(2021, gera.GisdYear);
        Assert.Equal(0.763, gera.GisdScoreValue!.Value, 3);
        Assert.Equal(5, gera.GisdQuintile);
        var leipzigId = sites.Single(s => s.Slug == "leipzig").Id;
        Assert.Equal(63, await db.Districts.CountAsync(d => d.SiteId == leipzigId));
        Assert.Contains(await db.Organisations.Select(o => o.Name).ToListAsync(), n => n == "NINERS Chemnitz");
        Assert.Equal(DemoAccounts.All.Count, await db.Users.CountAsync());
        Assert.Equal(DemoAccounts.All.Count, await db.SiteRoleAssignments.CountAsync());
    }

    [Theory]
    [BothProviders]
    public async Task Demo_accounts_log_in_with_the_configured_password_and_hold_their_role(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = CoreServices.For(database);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(Password);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        var coordinator = await users.FindByEmailAsync("coordinator@weimar.demo");

        Assert.NotNull(coordinator);
        Assert.True(await users.CheckPasswordAsync(coordinator, Password));
        Assert.False(await users.CheckPasswordAsync(coordinator, DemoOptions.DefaultPassword));
        await using var db = database.CreateContext();
        var role = await db.SiteRoleAssignments.Include(a => a.Site).Include(a => a.Organisation)
            .SingleAsync(a => a.UserId == coordinator.Id);
        Assert.Equal(SiteRole.Coordinator, role.Role);
        Assert.Equal("weimar", role.Site!.Slug);
        Assert.Equal("Stadt Weimar", role.Organisation!.Name);
    }

    [Theory]
    [BothProviders]
    public async Task A_database_that_holds_sites_is_never_seeded_again(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = CoreServices.For(database);
        await using (var first = services.CreateAsyncScope())
        {
            await first.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(Password);
        }

        await using var second = services.CreateAsyncScope();
        Assert.False(await second.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(Password));

        await using var db = database.CreateContext();
        Assert.Equal(5, await db.Sites.CountAsync());
        Assert.Equal(DemoAccounts.All.Count, await db.Users.CountAsync());
    }

    [Theory]
    [BothProviders]
    public async Task Jena_gets_the_telemedicine_room_with_practice_hours_and_the_resident_a_bookable_appointment(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = CoreServices.For(database, s =>
        {
            s.AddSingleton(TimeProvider.System);
            s.AddDataProtection().SetApplicationName("Lebenswelten.Tests");
            s.AddSingleton<Core.Messaging.IMessageLinks, TestLinks>();
            s.AddTelemedicine(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        });
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(Password);

        await using var db = database.CreateContext();
        var room = await db.TelemedicineRooms.Include(r => r.Operator).SingleAsync();
        Assert.Equal(("Telemedizinraum Smartes Quartier", "Stadtwerke Jena GmbH", 10), (room.Name, room.Operator!.Name, room.BufferMinutes));
        var resident = await db.Users.SingleAsync(u => u.Email == "resident@jena.demo");
        Assert.Single(await db.TelemedicineAppointments.Where(a => a.UserId == resident.Id).ToListAsync());
        Assert.Equal(3, await db.TelemedicineAppointments.CountAsync(a => a.Email == null && a.ReminderSentAt != null));
        var jena = await db.Sites.SingleAsync(s => s.Slug == "jena");
        var today = Core.Common.BerlinTime.LocalDate(DateTimeOffset.UtcNow);
        var slots = await scope.ServiceProvider.GetRequiredService<Core.Telemedicine.SlotFinder>()
            .FindAsync(new Core.Telemedicine.SlotQuery(jena.Id, today, today.AddDays(13)), CancellationToken.None);
        Assert.True(slots.Value!.Count > 50, $"{slots.Value.Count} free slots in two weeks");
    }
}
