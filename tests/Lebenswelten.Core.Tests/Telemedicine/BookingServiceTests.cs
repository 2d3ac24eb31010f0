using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Telemedicine.TelemedicineTestKit;

namespace Lebenswelten.Core.Tests.Telemedicine;

public sealed class BookingServiceTests
{
    [Theory, BothProviders]
    public async Task A_booking_holds_the_room_and_the_practice_slot_at_once(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var (_, _, scheduleB) = await kit.AddPracticeAsync("Praxis Nachbar");
        var otherRoom = await kit.CreateRoomAsync(RoomDraft(kit.Housing.Id, "Zweiter Raum"));

        var booked = await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday, 10, 0), roomId: kit.Room.Id);
        var samePracticeOtherRoom = await kit.BookAsync(Slot(kit.ScheduleA, Tuesday, 10, 0), roomId: otherRoom.Id);
        var otherPracticeSameRoom = await kit.BookAsync(Slot(scheduleB, Tuesday, 10, 0), roomId: kit.Room.Id);
        var otherPracticeOtherRoom = await kit.BookAsync(Slot(scheduleB, Tuesday, 10, 0));

        var appointment = booked.Appointment;
        Assert.Equal((AppointmentStatus.Booked, kit.Room.Id, Tuesday), (appointment.Status, appointment.RoomId, appointment.LocalDate));
        Assert.Equal(BerlinTime.ToUtc(Tuesday, new(10, 15)), appointment.EndsAt);
        Assert.Equal(BerlinTime.ToUtc(Tuesday, new(10, 25)), appointment.RoomBlockedUntil);
        Assert.Matches($"^[{CheckInCodes.Alphabet}]{{6}}$", appointment.CheckInCode);
        Assert.NotNull(booked.GuestToken);
        Assert.Equal((ProblemKind.Conflict, "Slot.Taken"), (samePracticeOtherRoom.Problem?.Kind, samePracticeOtherRoom.Problem?.Code));
        Assert.Equal((ProblemKind.Conflict, "Room.Taken"), (otherPracticeSameRoom.Problem?.Kind, otherPracticeSameRoom.Problem?.Code));
        Assert.Equal(otherRoom.Id, otherPracticeOtherRoom.Value!.Appointment.RoomId);

        await using var db = kit.Database.CreateContext();
        var mail = await db.OutboxMessages.SingleAsync(m => m.To == appointment.Email && m.Template == "appointment-booked");
        Assert.Contains(appointment.CheckInCode, mail.TextBody);
        Assert.Contains("BEGIN:VEVENT", mail.AttachmentText);
        Assert.DoesNotContain("Blutdruck", mail.TextBody + mail.AttachmentText);
    }

    [Theory, BothProviders]
    public async Task Slots_off_the_grid_too_soon_too_far_or_of_an_unoffered_kind_are_refused_with_clear_codes(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var today = BerlinTime.LocalDate(kit.Clock.GetUtcNow());

        Assert.Equal((ProblemKind.NotFound, "Slot.NotFound"), Problem(await kit.BookAsync("no-such-slot")));
        Assert.Equal((ProblemKind.NotFound, "Slot.NotFound"),
            Problem(await kit.BookAsync(Slot(new ConsultationSchedule { Name = "x" }, Tuesday, 10, 0))));
        Assert.Equal((ProblemKind.Invalid, "Slot.OutsideHours"), Problem(await kit.BookAsync(Slot(kit.ScheduleA, Tuesday, 10, 7))));
        Assert.Equal((ProblemKind.Invalid, "Slot.OutsideHours"), Problem(await kit.BookAsync(Slot(kit.ScheduleA, Tuesday, 14, 0))));
        Assert.Equal((ProblemKind.Invalid, "Slot.TooShortNotice"), Problem(await kit.BookAsync(Slot(kit.ScheduleA, today, 11, 45))));
        Assert.Equal((ProblemKind.Invalid, "Slot.BeyondHorizon"),
            Problem(await kit.BookAsync(Slot(kit.ScheduleA, today.AddDays(30), 10, 0))));
        var kind = await kit.WithAsync(s => s.GetRequiredService<BookingService>().BookAsync(
            new BookingRequest(Slot(kit.ScheduleA, Tuesday, 10, 0), null, ConsultationKind.TherapySession, Guest("k@example.org")),
                AuditActor.System, None));
        Assert.Equal(["NotOffered"], kind.Problem!.FieldErrors!["Kind"]);
        var nobody = await kit.BookAsync(Slot(kit.ScheduleA, Tuesday, 10, 0), new Patient(null, " ", null));
        Assert.Equal(["Required"], nobody.Problem!.FieldErrors!["Name"]);
        Assert.Equal(["Required"], nobody.Problem.FieldErrors["Email"]);

        await using var db = kit.Database.CreateContext();
        Assert.False(await db.TelemedicineAppointments.AnyAsync());
    }

    [Theory, BothProviders]
    public async Task Rebooking_is_all_or_nothing(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var mine = await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday, 10, 0), Guest("ida@example.org"));
        await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday, 11, 0));
        var who = new AppointmentActor(null, mine.GuestToken);
        Task<Outcome<BookingReceipt>> RebookAsync(string slot) => kit.WithAsync(s => s.GetRequiredService<BookingService>()
            .RebookAsync(mine.Appointment.Id, who, slot, null, AuditActor.System, None));

        var taken = await RebookAsync(Slot(kit.ScheduleA, Tuesday, 11, 0));
        var stranger = await kit.WithAsync(s => s.GetRequiredService<BookingService>()
            .RebookAsync(mine.Appointment.Id, new AppointmentActor(null, "guessed"), Slot(kit.ScheduleA, Tuesday, 11, 30), null,
            AuditActor.System, None));
        await using (var db = kit.Database.CreateContext())
        {
            Assert.Equal(AppointmentStatus.Booked,
                (await db.TelemedicineAppointments.SingleAsync(a => a.Id == mine.Appointment.Id)).Status);
            Assert.Equal(2, await db.TelemedicineAppointments.CountAsync());
        }
        // One slot later: inside the old appointment's own buffer, which the move itself frees.
        var moved = await RebookAsync(Slot(kit.ScheduleA, Tuesday, 10, 15));

        Assert.Equal((ProblemKind.Conflict, "Slot.Taken"), Problem(taken));
        Assert.Equal("Appointment.NotFound", stranger.Problem?.Code);
        Assert.True(moved.Succeeded, moved.Problem?.Code);
        await using var after = kit.Database.CreateContext();
        var old = await after.TelemedicineAppointments.SingleAsync(a => a.Id == mine.Appointment.Id);
        var now = await after.TelemedicineAppointments.SingleAsync(a => a.Id == moved.Value!.Appointment.Id);
        Assert.Equal((AppointmentStatus.Rebooked, now.Id), (old.Status, old.RebookedToId));
        Assert.Equal((AppointmentStatus.Booked, "ida@example.org", "Blutdruck besprechen"), (now.Status, now.Email, now.Reason));
        Assert.True(await after.OutboxMessages.AnyAsync(m => m.To == "ida@example.org" && m.Template == "appointment-rebooked"));
        Assert.NotNull(await kit.WithAsync(s => s.GetRequiredService<PatientAppointments>()
            .FindAsync(now.Id, new AppointmentActor(null, moved.Value!.GuestToken), None)));
    }

    [Theory, BothProviders]
    public async Task Residents_cancel_until_the_deadline_the_practice_at_any_time(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var early = await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday.AddDays(1), 9, 0), kit.AccountHolder());
        var late = await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday, 9, 0), kit.AccountHolder());
        var me = new AppointmentActor(kit.Resident.Id);

        // Tuesday 09:00 is 23 hours away: past the 24-hour deadline.
        var tooLate = await kit.WithAsync(s =>
            s.GetRequiredService<BookingService>().CancelByPatientAsync(late.Appointment.Id, me, AuditActor.System, None));
        var inTime = await kit.WithAsync(s =>
            s.GetRequiredService<BookingService>().CancelByPatientAsync(early.Appointment.Id, me, AuditActor.System, None));
        var notMine = await kit.WithAsync(s =>
            s.GetRequiredService<BookingService>()
                .CancelByPatientAsync(late.Appointment.Id, new AppointmentActor("someone"), AuditActor.System, None));
        var otherPractice = await kit.WithAsync(s =>
            s.GetRequiredService<BookingService>().CancelByPracticeAsync(late.Appointment.Id, "Krank", kit.PracticeBStaff, None));
        var practice = await kit.WithAsync(s =>
            s.GetRequiredService<BookingService>()
                .CancelByPracticeAsync(late.Appointment.Id, "Die Ärztin ist krank.", kit.PracticeAStaff, None));

        Assert.Equal((ProblemKind.Conflict, "Appointment.DeadlinePassed"), (tooLate.Problem?.Kind, tooLate.Problem?.Code));
        Assert.Equal(AppointmentStatus.CancelledByResident, inTime.Value!.Status);
        Assert.Equal("Appointment.NotFound", notMine.Problem?.Code);
        Assert.Equal("Appointment.NotFound", otherPractice.Problem?.Code);
        Assert.Equal((AppointmentStatus.CancelledByPractice, "Die Ärztin ist krank."),
            (practice.Value!.Status, practice.Value.CancellationReason));
        Assert.Contains(await kit.FreeSlotsAsync(Tuesday), s => s.Id == Slot(kit.ScheduleA, Tuesday, 9, 0));
        await using var db = kit.Database.CreateContext();
        var cancelled = await db.OutboxMessages.Where(m => m.Template == "appointment-cancelled").Select(m => m.TextBody).ToListAsync();
        Assert.Equal(2, cancelled.Count);
        Assert.Contains(cancelled, body => body.Contains("Die Praxis hat den Termin abgesagt.") && body.Contains("Die Ärztin ist krank."));
    }

    private static (ProblemKind?, string?) Problem<T>(Outcome<T> outcome) => (outcome.Problem?.Kind, outcome.Problem?.Code);
}
