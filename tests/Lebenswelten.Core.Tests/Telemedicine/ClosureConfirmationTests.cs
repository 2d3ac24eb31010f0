using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Telemedicine.TelemedicineTestKit;

namespace Lebenswelten.Core.Tests.Telemedicine;

/// <summary>Closing days names whom it cancels first, needs a reason for them, and their appointments can be given new times.</summary>
public sealed class ClosureConfirmationTests
{
    [Theory, BothProviders]
    public async Task Closing_days_first_names_whom_it_cancels_and_needs_a_reason_when_it_cancels_anyone(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var ida = await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday, 9, 0), Guest("ida@example.org", "Ida Iks"));
        var closures = (IServiceProvider s) => s.GetRequiredService<DayClosures>();

        var affected = await kit.WithAsync(s => closures(s).AffectedByPracticeClosureAsync(kit.PracticeA.Id,
            new ClosureDraft(Tuesday, Tuesday), kit.PracticeAStaff, None));
        var strangers = await kit.WithAsync(s => closures(s).AffectedByPracticeClosureAsync(kit.PracticeA.Id,
            new ClosureDraft(Tuesday, Tuesday), kit.PracticeBStaff, None));
        var withoutReason = await kit.WithAsync(s => closures(s).ClosePracticeAsync(kit.PracticeA.Id,
            new ClosureDraft(Tuesday, Tuesday, "  "), kit.PracticeAStaff, None));
        var emptyDay = await kit.WithAsync(s => closures(s).ClosePracticeAsync(kit.PracticeA.Id,
            new ClosureDraft(Tuesday.AddDays(2), Tuesday.AddDays(2)), kit.PracticeAStaff, None));
        var closed = await kit.WithAsync(s => closures(s).ClosePracticeAsync(kit.PracticeA.Id,
            new ClosureDraft(Tuesday, Tuesday, "Fortbildung"), kit.PracticeAStaff, None));

        Assert.Equal(["Ida Iks"], affected.Value!.Select(a => a.Name));
        Assert.Equal("Practice.NotFound", strangers.Problem?.Code);
        Assert.Equal(["RequiredWhenCancelling"], withoutReason.Problem!.FieldErrors!["Reason"]);
        Assert.Empty(emptyDay.Value!.Cancelled);
        Assert.Equal([ida.Appointment.Id], closed.Value!.Cancelled.Select(a => a.Id));
        await using var db = kit.Database.CreateContext();
        Assert.Equal("Fortbildung", (await db.TelemedicineAppointments.SingleAsync(a => a.Id == ida.Appointment.Id)).CancellationReason);
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.DataKind == "Telemedicine.ClosureAffected" && e.Action == AuditAction.Read));
        var mail = await db.OutboxMessages.SingleAsync(m => m.Template == "appointment-cancelled");
        Assert.Contains("Ihre Möglichkeiten", mail.TextBody);
    }

    [Theory, BothProviders]
    public async Task The_practice_gives_a_person_whose_day_was_closed_a_free_time_once_and_they_get_the_mail(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var ida = await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday, 9, 0), Guest("ida@example.org", "Ida Iks"));
        var jan = await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday.AddDays(1), 11, 0), Guest("jan@example.org", "Jan Jott"));
        await kit.WithAsync(s => s.GetRequiredService<DayClosures>()
            .CloseRoomAsync(kit.Room.Id, new ClosureDraft(Tuesday, Tuesday, "Wasserschaden"), kit.RoomStaff, None));
        var rebooking = (IServiceProvider s) => s.GetRequiredService<ClosureRebooking>();

        var waiting = await kit.WithAsync(s => rebooking(s).WaitingAsync(kit.PracticeA.Id, kit.PracticeAStaff, None));
        var stranger = await kit.WithAsync(s =>
            rebooking(s).RebookAsync(ida.Appointment.Id, Slot(kit.ScheduleA, Tuesday.AddDays(1), 9, 0), null, kit.PracticeBStaff, None));
        var notClosedOut = await kit.WithAsync(s =>
            rebooking(s).RebookAsync(jan.Appointment.Id, Slot(kit.ScheduleA, Tuesday.AddDays(1), 9, 0), null, kit.PracticeAStaff, None));
        var moved = await kit.WithAsync(s =>
            rebooking(s).RebookAsync(ida.Appointment.Id, Slot(kit.ScheduleA, Tuesday.AddDays(1), 9, 0), null, kit.PracticeAStaff, None));
        var again = await kit.WithAsync(s =>
            rebooking(s).RebookAsync(ida.Appointment.Id, Slot(kit.ScheduleA, Tuesday.AddDays(1), 10, 0), null, kit.PracticeAStaff, None));
        var after = await kit.WithAsync(s => rebooking(s).WaitingAsync(kit.PracticeA.Id, kit.PracticeAStaff, None));

        Assert.Equal([ida.Appointment.Id], waiting.Value!.Select(a => a.Id));
        Assert.Equal("Appointment.NotFound", stranger.Problem?.Code);
        Assert.Equal("Appointment.NotClosedOut", notClosedOut.Problem?.Code);
        Assert.True(moved.Succeeded, moved.Problem?.Code);
        Assert.Equal(("Ida Iks", AppointmentStatus.Booked), (moved.Value!.Appointment.Name, moved.Value.Appointment.Status));
        Assert.Equal("Appointment.AlreadyRebooked", again.Problem?.Code);
        Assert.Empty(after.Value!);
        await using var db = kit.Database.CreateContext();
        Assert.Equal(moved.Value.Appointment.Id, (await db.TelemedicineAppointments.SingleAsync(a => a.Id == ida.Appointment.Id)).RebookedToId);
        Assert.Equal(["ida@example.org"], await db.OutboxMessages.Where(m => m.Template == "appointment-rebooked").Select(m => m.To).ToListAsync());
    }

    [Theory, BothProviders]
    public async Task Parallel_rebookings_after_a_closure_never_give_a_slot_twice_nor_a_person_two_slots(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        // Half an hour apart: the room's buffer keeps quarter-hour neighbours apart.
        var closedOut = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            closedOut.Add((await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday, 9 + i / 2, i % 2 * 30), Guest($"p{i}@example.org"))).Appointment.Id);
        }
        await kit.WithAsync(s => s.GetRequiredService<DayClosures>()
            .CloseRoomAsync(kit.Room.Id, new ClosureDraft(Tuesday, Tuesday, "Stromausfall"), kit.RoomStaff, None));
        var wednesday = Tuesday.AddDays(1);
        string[] targets = [Slot(kit.ScheduleA, wednesday, 9, 0), Slot(kit.ScheduleA, wednesday, 10, 0)];
        var attempts = closedOut.SelectMany(id => targets.Select(slot => (id, slot))).SelectMany(a => Enumerable.Repeat(a, 3)).ToList();

        var outcomes = await Task.WhenAll(attempts.Select(a => Task.Run(() => kit.WithAsync(s => s.GetRequiredService<ClosureRebooking>()
            .RebookAsync(a.id, a.slot, null, kit.PracticeAStaff, None)))));

        Assert.Equal(2, outcomes.Count(o => o.Succeeded));
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal(ProblemKind.Conflict, o.Problem!.Kind));
        await using var db = kit.Database.CreateContext();
        var booked = await db.TelemedicineAppointments.Where(a => a.LocalDate == wednesday && a.Status == AppointmentStatus.Booked).ToListAsync();
        Assert.Equal(2, booked.Count);
        Assert.Equal(2, booked.Select(a => a.StartsAt).Distinct().Count());
        var moved = await db.TelemedicineAppointments.Where(a => closedOut.Contains(a.Id) && a.RebookedToId != null).ToListAsync();
        Assert.Equal(booked.Select(a => a.Id).Order(), moved.Select(a => a.RebookedToId!.Value).Order());
    }
}
