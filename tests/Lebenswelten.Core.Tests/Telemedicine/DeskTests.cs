using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Telemedicine.TelemedicineTestKit;

namespace Lebenswelten.Core.Tests.Telemedicine;

/// <summary>Who sees what of an appointment (GDPR Art. 9), check-in at the room, and the audit of every staff read.</summary>
public sealed class DeskTests
{
    [Fact]
    public void The_room_staff_line_carries_name_and_time_only()
    {
        var fields = typeof(RoomDayEntry).GetProperties().Select(p => p.Name).Order();

        Assert.Equal(["AppointmentId", "CheckedInAt", "EndsAt", "Name", "StartsAt"], fields);
    }

    [Theory, BothProviders]
    public async Task Room_staff_see_the_day_without_health_data_and_each_read_is_audited(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday, 10, 0), kit.AccountHolder());
        var guest = await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday, 9, 0), Guest("gast@example.org", "Gerd Gast"));
        Task<Outcome<RoomDayList>> DayAsync(AuditActor actor) =>
            kit.WithAsync(s => s.GetRequiredService<RoomDesk>().DayAsync(kit.Room.Id, Tuesday, actor, None));

        var staff = await DayAsync(kit.RoomStaff);
        var coordinator = await DayAsync(kit.Coordinator);
        var practice = await DayAsync(kit.PracticeAStaff);
        var resident = await DayAsync(new AuditActor(kit.Resident.Id, null));

        Assert.Equal(["Gerd Gast", "Rosa Resident"], staff.Value!.Entries.Select(e => e.Name));
        Assert.True(coordinator.Succeeded);
        Assert.Equal("Room.NotFound", practice.Problem?.Code);
        Assert.Equal("Room.NotFound", resident.Problem?.Code);
        await using var db = kit.Database.CreateContext();
        var reads = await db.AuditEntries.Where(e => e.DataKind == "Telemedicine.RoomDay").ToListAsync();
        Assert.All(reads, r => Assert.Equal(AuditAction.Read, r.Action));
        // One line per person shown and reader; the guest, who has no account, by the appointment (issue 15).
        string[] shown = [kit.Resident.Id, $"appointment:{guest.Appointment.Id}"];
        foreach (var reader in new[] { kit.RoomStaff.UserId, kit.Coordinator.UserId })
        {
            Assert.Equal(shown.Order(), reads.Where(r => r.ActorUserId == reader).Select(r => r.SubjectUserId).Order());
        }
        Assert.Equal(4, reads.Count);
    }

    [Theory, BothProviders]
    public async Task A_practice_reads_its_own_appointments_with_reason_and_never_another_practices(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var booked = await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday, 10, 0), kit.AccountHolder());
        var desk = (IServiceProvider s) => s.GetRequiredService<PracticeDesk>();

        var own = await kit.WithAsync(s => desk(s).AppointmentsAsync(kit.PracticeA.Id, Tuesday, Tuesday, kit.PracticeAStaff, None));
        var one = await kit.WithAsync(s => desk(s).AppointmentAsync(booked.Appointment.Id, kit.PracticeAStaff, None));
        var otherList = await kit.WithAsync(s => desk(s).AppointmentsAsync(kit.PracticeA.Id, Tuesday, Tuesday, kit.PracticeBStaff, None));
        var otherOne = await kit.WithAsync(s => desk(s).AppointmentAsync(booked.Appointment.Id, kit.PracticeBStaff, None));
        var roomStaff = await kit.WithAsync(s => desk(s).AppointmentAsync(booked.Appointment.Id, kit.RoomStaff, None));

        var line = Assert.Single(own.Value!);
        Assert.Equal(("Rosa Resident", "rosa@example.org", "Blutdruck besprechen"), (line.Name, line.Email, line.Reason));
        Assert.Equal(booked.Appointment.Id, one.Value!.Id);
        Assert.Equal("Practice.NotFound", otherList.Problem?.Code);
        Assert.Equal("Appointment.NotFound", otherOne.Problem?.Code);
        Assert.Equal("Appointment.NotFound", roomStaff.Problem?.Code);
        await using var db = kit.Database.CreateContext();
        var reads = await db.AuditEntries.Where(e => e.Action == AuditAction.Read && e.SubjectUserId == kit.Resident.Id).ToListAsync();
        Assert.Equal(["Telemedicine.Appointment", "Telemedicine.PracticeAppointments"], reads.Select(r => r.DataKind).Order());
        Assert.All(reads, r => Assert.Equal(kit.PracticeAStaff.UserId, r.ActorUserId));
    }

    [Theory, BothProviders]
    public async Task Check_in_takes_the_code_at_the_appointments_room_on_its_day_only(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var otherRoom = await kit.CreateRoomAsync(RoomDraft(kit.Housing.Id, "Zweiter Raum"));
        var appointment = (await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday, 10, 0), roomId: kit.Room.Id)).Appointment;
        var typed = appointment.CheckInCode.ToLowerInvariant().Insert(3, " ");
        Task<Outcome<RoomDayEntry>> CheckInAsync(Guid room, string code, AuditActor actor) =>
            kit.WithAsync(s => s.GetRequiredService<RoomDesk>().CheckInAsync(room, code, actor, None));

        var dayBefore = await CheckInAsync(kit.Room.Id, typed, kit.RoomStaff);
        kit.Clock.Advance(BerlinTime.ToUtc(Tuesday, new(9, 50)) - kit.Clock.GetUtcNow());
        var wrongRoom = await CheckInAsync(otherRoom.Id, typed, kit.RoomStaff);
        var wrongCode = await CheckInAsync(kit.Room.Id, "XXXXXX", kit.RoomStaff);
        var notStaff = await CheckInAsync(kit.Room.Id, typed, kit.PracticeBStaff);
        var done = await CheckInAsync(kit.Room.Id, typed, kit.RoomStaff);
        kit.Clock.Advance(TimeSpan.FromMinutes(5));
        var again = await CheckInAsync(kit.Room.Id, typed, kit.RoomStaff);
        kit.Clock.Advance(TimeSpan.FromDays(1));
        var dayAfter = await CheckInAsync(kit.Room.Id, typed, kit.RoomStaff);

        Assert.Equal("CheckIn.UnknownCode", dayBefore.Problem?.Code);
        Assert.Equal("CheckIn.UnknownCode", wrongRoom.Problem?.Code);
        Assert.Equal("CheckIn.UnknownCode", wrongCode.Problem?.Code);
        Assert.Equal("Room.NotFound", notStaff.Problem?.Code);
        Assert.Equal(BerlinTime.ToUtc(Tuesday, new(9, 50)), done.Value!.CheckedInAt);
        Assert.Equal(done.Value.CheckedInAt, again.Value!.CheckedInAt);
        Assert.Equal("CheckIn.UnknownCode", dayAfter.Problem?.Code);
    }
}
