using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Telemedicine.TelemedicineTestKit;

namespace Lebenswelten.Core.Tests.Telemedicine;

public sealed class AppointmentRemindersTests
{
    [Theory, BothProviders]
    public async Task Each_patient_is_reminded_once_a_day_before_even_with_several_nodes_at_once(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        for (var i = 0; i < 5; i++)
        {
            await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday.AddDays(1), 9 + i / 2, 30 * (i % 2)), Guest($"node{i}@example.org"));
        }
        var cancelled = await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday.AddDays(1), 11, 30), kit.AccountHolder());
        await kit.WithAsync(s => s.GetRequiredService<BookingService>().CancelByPatientAsync(
            cancelled.Appointment.Id, new AppointmentActor(kit.Resident.Id), Core.Privacy.AuditActor.System, None));
        var remind = () => kit.WithAsync(s => s.GetRequiredService<AppointmentReminders>().SendDueAsync(None));

        Assert.Equal(0, await remind());
        kit.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));
        var sent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(remind)));

        Assert.Equal(5, sent.Sum());
        Assert.Equal(0, await remind());
        await using var db = kit.Database.CreateContext();
        Assert.Equal(5, await db.OutboxMessages.CountAsync(m => m.Template == "appointment-reminder"));
    }
}
