using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Tests.Offerings;

public sealed class SessionRemindersTests
{
    [Theory, BothProviders]
    public async Task Confirmed_participants_are_reminded_once_a_day_before_each_session(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync(kit.NewDraft(capacity: 1, sessions: 2));
        await RegistrationServiceTests.RegisterGuestAsync(kit, offering.Id, "kim@example.org");
        await RegistrationServiceTests.RegisterGuestAsync(kit, offering.Id, "lea@example.org");
        var remind = () => kit.WithAsync(s => s.GetRequiredService<SessionReminders>().SendDueAsync(CancellationToken.None));

        Assert.Equal(0, await remind());
        kit.Clock.Advance(offering.FirstSessionStart!.Value - kit.Clock.GetUtcNow() - TimeSpan.FromHours(20));
        Assert.Equal(1, await remind());
        Assert.Equal(0, await remind());

        await using var db = kit.Database.CreateContext();
        var reminders = await db.OutboxMessages.Where(m => m.Template == "session-reminder").ToListAsync();
        Assert.Equal("kim@example.org", Assert.Single(reminders).To);
    }

    [Theory, BothProviders]
    public async Task Several_nodes_reminding_at_once_send_each_reminder_once(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync(kit.NewDraft(capacity: 5, sessions: 1));
        for (var i = 0; i < 5; i++)
        {
            await RegistrationServiceTests.RegisterGuestAsync(kit, offering.Id, $"node{i}@example.org");
        }
        kit.Clock.Advance(offering.FirstSessionStart!.Value - kit.Clock.GetUtcNow() - TimeSpan.FromHours(2));

        var sent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            kit.WithAsync(s => s.GetRequiredService<SessionReminders>().SendDueAsync(CancellationToken.None)))));

        Assert.Equal(5, sent.Sum());
        await using var db = kit.Database.CreateContext();
        Assert.Equal(5, await db.OutboxMessages.CountAsync(m => m.Template == "session-reminder"));
    }
}
