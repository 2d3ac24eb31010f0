using Lebenswelten.Core.Messaging;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Telemedicine.TelemedicineTestKit;

namespace Lebenswelten.Core.Tests.Telemedicine;

public sealed class ClosureTests
{
    [Theory, BothProviders]
    public async Task Closing_the_room_for_a_day_cancels_its_appointments_and_tells_the_residents_by_mail(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        await using var sink = await SmtpSink.StartAsync();
        var ida = await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday, 9, 0), Guest("ida@example.org", "Ida Iks"));
        var jan = await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday, 11, 0), Guest("jan@example.org", "Jan Jott"));
        var wednesday = await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday.AddDays(1), 9, 0));

        var refused = await kit.WithAsync(s => s.GetRequiredService<DayClosures>()
            .CloseRoomAsync(kit.Room.Id, new ClosureDraft(Tuesday, Tuesday), kit.PracticeAStaff, None));
        var closed = await kit.WithAsync(s => s.GetRequiredService<DayClosures>()
            .CloseRoomAsync(kit.Room.Id, new ClosureDraft(Tuesday, Tuesday, "Wasserschaden"), kit.RoomStaff, None));
        await using (var messaging = CoreServices.WithMessaging(kit.Database, kit.Clock,
            smtp => (smtp.Host, smtp.Port) = (sink.Host, sink.Port)))
        await using (var scope = messaging.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync();
        }

        Assert.Equal("Room.NotFound", refused.Problem?.Code);
        Assert.Equal(2, closed.Value!.AppointmentsCancelled);
        var mails = await sink.WaitForAsync(m => m.Subject?.StartsWith("Videosprechstunde abgesagt", StringComparison.Ordinal) == true,
            count: 2);
        Assert.Equal(["ida@example.org", "jan@example.org"], mails.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.All(mails, m => Assert.Contains("Der Telemedizinraum ist an diesem Tag geschlossen.", m.TextBody));
        Assert.All(mails, m => Assert.Contains("Wasserschaden", m.TextBody));
        await using var db = kit.Database.CreateContext();
        var statuses = await db.TelemedicineAppointments.ToDictionaryAsync(a => a.Id, a => a.Status);
        Assert.Equal(AppointmentStatus.CancelledByRoomClosure, statuses[ida.Appointment.Id]);
        Assert.Equal(AppointmentStatus.CancelledByRoomClosure, statuses[jan.Appointment.Id]);
        Assert.Equal(AppointmentStatus.Booked, statuses[wednesday.Appointment.Id]);
        Assert.Equal("Room.Closed", (await kit.BookAsync(Slot(kit.ScheduleA, Tuesday, 10, 0))).Problem?.Code);
    }

    [Theory, BothProviders]
    public async Task A_practice_closing_days_cancels_its_appointments_in_every_room_and_can_open_them_again(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var (_, _, other) = await kit.AddPracticeAsync("Praxis Offen");
        var mine = await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday, 9, 0));
        var theirs = await kit.BookedAsync(Slot(other, Tuesday, 10, 0));
        var closures = (IServiceProvider s) => s.GetRequiredService<DayClosures>();

        var past = await kit.WithAsync(s =>
            closures(s).ClosePracticeAsync(kit.PracticeA.Id, new ClosureDraft(Tuesday.AddDays(-7), Tuesday), kit.PracticeAStaff, None));
        var closed = await kit.WithAsync(s =>
            closures(s)
                .ClosePracticeAsync(kit.PracticeA.Id, new ClosureDraft(Tuesday, Tuesday.AddDays(2), "Urlaub"), kit.PracticeAStaff, None));
        var booking = await kit.BookAsync(Slot(kit.ScheduleA, Tuesday.AddDays(1), 9, 0));
        var reopened = await kit.WithAsync(s => closures(s).ReopenAsync(closed.Value!.Closure.Id, kit.PracticeAStaff, None));

        Assert.Equal(["InThePast"], past.Problem!.FieldErrors!["From"]);
        Assert.Equal(1, closed.Value!.AppointmentsCancelled);
        Assert.Equal((ProblemKind.Invalid, "Slot.PracticeClosed"), (booking.Problem?.Kind, booking.Problem?.Code));
        Assert.True(reopened.Succeeded);
        Assert.True((await kit.BookAsync(Slot(kit.ScheduleA, Tuesday.AddDays(1), 9, 0))).Succeeded);
        await using var db = kit.Database.CreateContext();
        Assert.Equal(AppointmentStatus.CancelledByPracticeClosure,
            (await db.TelemedicineAppointments.SingleAsync(a => a.Id == mine.Appointment.Id)).Status);
        Assert.Equal(AppointmentStatus.Booked, (await db.TelemedicineAppointments.SingleAsync(a => a.Id == theirs.Appointment.Id)).Status);
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.Template == "appointment-cancelled"));
    }
}
