using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Telemedicine.TelemedicineTestKit;

namespace Lebenswelten.Core.Tests.Telemedicine;

/// <summary>
/// Issue 15, finding 5: a guest's booking holds its slot only until the address is verified, is limited per address
/// and number, and needs a phone number that reaches someone. Anyone could otherwise book out a practice's hours.
/// </summary>
public sealed class GuestBookingTests
{
    [Theory, BothProviders]
    public async Task An_unverified_guest_booking_holds_the_slot_for_30_minutes_and_then_frees_it(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var slot = Slot(kit.ScheduleA, Tuesday, 10, 0);
        var held = await kit.BookAsync(slot, Guest("hold@example.org"));
        Assert.True(held.Succeeded, held.Problem?.Code);

        Assert.DoesNotContain(await kit.FreeSlotsAsync(Tuesday), s => s.Id == slot);
        Assert.Equal("Slot.Taken", (await kit.BookAsync(slot)).Problem?.Code);
        kit.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.DoesNotContain(await kit.FreeSlotsAsync(Tuesday), s => s.Id == slot);

        kit.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Contains(await kit.FreeSlotsAsync(Tuesday), s => s.Id == slot);
        // No job has run yet: the booking itself frees what the lapsed hold still blocked, under its locks.
        var next = await kit.BookAsync(slot, Guest("next@example.org"));
        Assert.True(next.Succeeded, next.Problem?.Code);
        await using var db = kit.Database.CreateContext();
        Assert.NotEqual(AppointmentStatus.Booked,
            (await db.TelemedicineAppointments.SingleAsync(a => a.Id == held.Value!.Appointment.Id)).Status);
        Assert.Equal(1,
            await db.TelemedicineAppointments.CountAsync(a => a.ScheduleId == kit.ScheduleA.Id && a.Status == AppointmentStatus.Booked));
    }

    [Theory, BothProviders]
    public async Task Neither_the_practice_nor_the_room_sees_a_guest_booking_whose_address_is_unverified(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var held = await kit.BookAsync(Slot(kit.ScheduleA, Tuesday, 10, 0), Guest("someone-else@example.org", "Wer Auch Immer"));
        Assert.True(held.Succeeded, held.Problem?.Code);

        var list = await kit.WithAsync(s =>
            s.GetRequiredService<PracticeDesk>().AppointmentsAsync(kit.PracticeA.Id, Tuesday, Tuesday, kit.PracticeAStaff, None));
        var one = await kit.WithAsync(s =>
            s.GetRequiredService<PracticeDesk>().AppointmentAsync(held.Value!.Appointment.Id, kit.PracticeAStaff, None));
        var day = await kit.WithAsync(s => s.GetRequiredService<RoomDesk>().DayAsync(kit.Room.Id, Tuesday, kit.RoomStaff, None));

        Assert.Empty(list.Value!);
        Assert.Equal("Appointment.NotFound", one.Problem?.Code);
        Assert.Empty(day.Value!.Entries);
        await using var db = kit.Database.CreateContext();
        var mails = await db.OutboxMessages.Where(m => m.To == "someone-else@example.org").ToListAsync();
        var mail = Assert.Single(mails);
        Assert.NotEqual("appointment-booked", mail.Template);
        Assert.DoesNotContain(held.Value!.GuestToken!, mail.TextBody, StringComparison.Ordinal);
    }

    [Theory, BothProviders]
    public async Task Guests_get_three_coming_bookings_per_address_and_five_a_day(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var service = (IServiceProvider s) => s.GetRequiredService<BookingService>();
        var booked = new List<BookingReceipt>();
        var wednesday = Tuesday.AddDays(1); // Tuesday's appointments can no longer be cancelled (24 hours before)
        // Half an hour apart throughout: the room's buffer keeps quarter-hour neighbours apart.
        foreach (var (hour, minute) in new[] { (9, 0), (9, 30), (10, 0) })
        {
            booked.Add(await kit.BookedAsync(Slot(kit.ScheduleA, wednesday, hour, minute), Guest("viel@example.org")));
        }

        var fourth = await kit.BookAsync(Slot(kit.ScheduleA, wednesday, 10, 30), Guest("VIEL@example.org "));
        Assert.Equal((ProblemKind.Conflict, "Appointment.EmailLimit"), (fourth.Problem?.Kind, fourth.Problem?.Code));
        for (var i = 0; i < 2; i++)
        {
            // Cancelling frees one of the three, until five were made in one day.
            var cancelled = await kit.WithAsync(s => service(s).CancelByPatientAsync(booked[i].Appointment.Id,
                new AppointmentActor(null, booked[i].GuestToken), AuditActor.System, None));
            Assert.True(cancelled.Succeeded, cancelled.Problem?.Code);
            await kit.BookedAsync(Slot(kit.ScheduleA, wednesday, 10 + i, 30 - 30 * i), Guest("viel@example.org"));
        }
        var third = booked[2];
        await kit.WithAsync(s =>
            service(s).CancelByPatientAsync(third.Appointment.Id, new AppointmentActor(null, third.GuestToken), AuditActor.System, None));
        Assert.Equal("Appointment.EmailLimit",
            (await kit.BookAsync(Slot(kit.ScheduleA, wednesday, 11, 30), Guest("viel@example.org"))).Problem?.Code);

        kit.Clock.Advance(TimeSpan.FromDays(1));
        Assert.True((await kit.BookAsync(Slot(kit.ScheduleA, wednesday.AddDays(1), 11, 0), Guest("viel@example.org"))).Succeeded);
    }

    [Theory, BothProviders]
    public async Task One_phone_number_however_typed_counts_once_and_accounts_and_practices_are_not_limited(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var typings = new[] { "0176 5550123", "+49 176 5550123", "0049-176-5550123" };
        for (var i = 0; i < typings.Length; i++)
        {
            var outcome = await kit.BookAsync(Slot(kit.ScheduleA, Tuesday, 9 + i / 2, i % 2 * 30),
                new Patient(null, "Paula", $"p{i}@example.org", typings[i]));
            Assert.True(outcome.Succeeded, outcome.Problem?.Code);
        }

        var fourth = await kit.BookAsync(Slot(kit.ScheduleA, Tuesday, 10, 30), new Patient(null, "Paula", "p4@example.org", "01765550123"));
        var account = await kit.BookAsync(Slot(kit.ScheduleA, Tuesday, 11, 0), kit.AccountHolder() with { Phone = "0176 5550123" });
        var byPractice = await kit.WithAsync(s => s.GetRequiredService<BookingService>().BookAsync(new BookingRequest(
            Slot(kit.ScheduleA, Tuesday, 11, 30), null, ConsultationKind.FollowUp,
                new Patient(null, "Paula", "p0@example.org", "0176 5550123")),
            kit.PracticeAStaff, None));

        Assert.Equal("Appointment.PhoneLimit", fourth.Problem?.Code);
        Assert.True(account.Succeeded, account.Problem?.Code);
        Assert.True(byPractice.Succeeded, byPractice.Problem?.Code);
        await using var db = kit.Database.CreateContext();
        Assert.Equal(["+491765550123"],
            await db.TelemedicineAppointments.Where(a => a.UserId == null).Select(a => a.Phone!).Distinct().ToListAsync());
        var list = await kit.WithAsync(s =>
            s.GetRequiredService<PracticeDesk>().AppointmentsAsync(kit.PracticeA.Id, Tuesday, Tuesday, kit.PracticeAStaff, None));
        Assert.Equal(new[] { byPractice.Value!.Appointment.Id, account.Value!.Appointment.Id }.Order(),
            list.Value!.Select(a => a.Id).Order());
    }

    [Theory, BothProviders]
    public async Task A_phone_number_that_reaches_nobody_is_refused(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);

        foreach (var phone in new[] { "0", "123", "+49 0", "0176", "ruf mich an" })
        {
            var outcome = await kit.BookAsync(Slot(kit.ScheduleA, Tuesday, 10, 0), new Patient(null, "Nina", "nina@example.org", phone));
            Assert.Equal(["InvalidPhone"], outcome.Problem!.FieldErrors!["Phone"]);
        }
        await using var db = kit.Database.CreateContext();
        Assert.False(await db.TelemedicineAppointments.AnyAsync());
    }
}
