using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Core.Tests.Infrastructure;
using static Lebenswelten.Core.Tests.Telemedicine.TelemedicineTestKit;

namespace Lebenswelten.Core.Tests.Telemedicine;

/// <summary>No double booking however many people press "book" at the same moment.</summary>
public sealed class BookingConcurrencyTests
{
    private const int Attempts = 120;

    [Theory, BothProviders]
    public async Task Of_120_parallel_bookings_of_one_slot_exactly_one_succeeds_and_the_rest_get_409(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var slot = Slot(kit.ScheduleA, Tuesday, 10, 0);

        var outcomes = await Task.WhenAll(Enumerable.Range(1, Attempts).Select(i => Task.Run(() =>
            kit.BookAsync(slot, Guest($"person{i}@example.org")))));

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.All(outcomes.Where(o => !o.Succeeded),
            o => Assert.Equal((ProblemKind.Conflict, "Slot.Taken"), (o.Problem!.Kind, o.Problem.Code)));
        await using var db = kit.Database.CreateContext();
        Assert.Equal(1, await db.TelemedicineAppointments.CountAsync(a => a.Status == AppointmentStatus.Booked));
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.Template == "appointment-verify"));
    }

    [Theory, BothProviders]
    public async Task Parallel_bookings_of_different_practices_for_one_room_time_leave_exactly_one(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var schedules = new List<ConsultationSchedule> { kit.ScheduleA };
        for (var i = 1; i < 6; i++)
        {
            schedules.Add((await kit.AddPracticeAsync($"Praxis {i}")).Schedule);
        }
        // 10:00 and 10:15 overlap through the room's buffer; every attempt wants the one room.
        var attempts = schedules.SelectMany(s => new[] { Slot(s, Tuesday, 10, 0), Slot(s, Tuesday, 10, 15) })
            .SelectMany(slot => Enumerable.Range(0, 10).Select(_ => slot)).ToList();

        var outcomes = await Task.WhenAll(attempts.Select((slot, i) => Task.Run(() =>
            kit.BookAsync(slot, Guest($"p{i}@example.org"), kit.Room.Id))));

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal(ProblemKind.Conflict, o.Problem!.Kind));
        await using var db = kit.Database.CreateContext();
        Assert.Equal(1, await db.TelemedicineAppointments.CountAsync(a => a.RoomId == kit.Room.Id && a.Status == AppointmentStatus.Booked));
    }

    [Theory, BothProviders]
    public async Task Parallel_bookings_of_many_practices_without_a_room_never_share_a_room_time_nor_a_slot(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var rooms = new List<TelemedicineRoom> { kit.Room };
        for (var i = 2; i <= 4; i++)
        {
            rooms.Add(await kit.CreateRoomAsync(RoomDraft(kit.Housing.Id, $"Raum {i}")));
        }
        var schedules = new List<ConsultationSchedule> { kit.ScheduleA };
        for (var i = 1; i < 8; i++)
        {
            schedules.Add((await kit.AddPracticeAsync($"Praxis {i}")).Schedule);
        }
        // Every practice's quarter hours of one morning, each asked twice, no room given (as FHIR $book): 192 requests
        // for 4 rooms, in which the 10-minute buffer leaves room for one booking per half hour.
        var attempts = schedules.SelectMany(s => Enumerable.Range(0, 12).Select(q => Slot(s, Tuesday, 9 + q / 4, q % 4 * 15)))
            .SelectMany(slot => new[] { slot, slot }).ToList();

        var outcomes = await Task.WhenAll(attempts.Select((slot, i) => Task.Run(() => kit.BookAsync(slot, Guest($"m{i}@example.org")))));

        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Contains((o.Problem!.Kind, o.Problem.Code),
            new[] { (ProblemKind.Conflict, "Slot.Taken"), (ProblemKind.Conflict, "Room.Taken") }));
        var answered = outcomes.Where(o => o.Succeeded).Select(o => o.Value!.Appointment.Id).ToHashSet();
        // Which request wins is a race, so the count is not fixed; but the rooms are used, not just the first one.
        Assert.True(answered.Count >= rooms.Count, $"{answered.Count} bookings placed");
        await using var db = kit.Database.CreateContext();
        var booked = await db.TelemedicineAppointments.AsNoTracking().Where(a => a.Status == AppointmentStatus.Booked).ToListAsync();
        Assert.Equal(answered.Order(), booked.Select(a => a.Id).Order());
        Assert.Equal(booked.Count, booked.DistinctBy(a => (a.ScheduleId, a.StartsAt)).Count());
        Assert.All(booked.GroupBy(a => a.RoomId), room =>
        {
            var inOrder = room.OrderBy(a => a.StartsAt).ToList();
            Assert.All(inOrder.Zip(inOrder.Skip(1)), pair => Assert.True(pair.First.RoomBlockedUntil <= pair.Second.StartsAt,
                $"{pair.First.StartsAt:HH:mm} and {pair.Second.StartsAt:HH:mm} overlap in one room"));
        });
    }

    [Theory, BothProviders]
    public async Task Of_20_parallel_guest_bookings_with_one_address_or_one_number_exactly_three_succeed(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        // Half an hour apart: the room's buffer after each booking keeps quarter-hour neighbours apart.
        List<string> Slots(ConsultationSchedule schedule) => Enumerable.Range(0, 4).SelectMany(day => Enumerable.Range(0, 6)
            .Select(i => Slot(schedule, Tuesday.AddDays(day), 9 + i / 2, i % 2 * 30))).Take(20).ToList();
        var (_, _, scheduleB) = await kit.AddPracticeAsync("Praxis Parallel");
        var roomB = await kit.CreateRoomAsync(RoomDraft(kit.Housing.Id, "Raum B"));

        var byAddress = await Task.WhenAll(Slots(kit.ScheduleA)
            .Select(slot => Task.Run(() => kit.BookAsync(slot, Guest("same@example.org"), kit.Room.Id))));
        var byNumber = await Task.WhenAll(Slots(scheduleB).Select((slot, i) => Task.Run(() =>
            kit.BookAsync(slot, new Patient(null, "Nummer", $"n{i}@example.org", "0176 5550199"), roomB.Id))));

        Assert.Equal(3, byAddress.Count(o => o.Succeeded));
        Assert.All(byAddress.Where(o => !o.Succeeded), o => Assert.Equal("Appointment.EmailLimit", o.Problem!.Code));
        Assert.Equal(3, byNumber.Count(o => o.Succeeded));
        Assert.All(byNumber.Where(o => !o.Succeeded), o => Assert.Equal("Appointment.PhoneLimit", o.Problem!.Code));
        await using var db = kit.Database.CreateContext();
        Assert.Equal(3, await db.TelemedicineAppointments.CountAsync(a => a.NormalizedEmail == "SAME@EXAMPLE.ORG"));
        Assert.Equal(3, await db.TelemedicineAppointments.CountAsync(a => a.Phone == "+491765550199"));
    }

    [Theory, BothProviders]
    public async Task The_database_itself_refuses_a_second_booked_appointment_of_one_slot(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var first = (await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday, 10, 0))).Appointment;

        await using var db = kit.Database.CreateContext();
        db.TelemedicineAppointments.Add(new TelemedicineAppointment
        {
            SiteId = first.SiteId, ScheduleId = first.ScheduleId, PracticeOrganisationId = first.PracticeOrganisationId,
                RoomId = first.RoomId,
            StartsAt = first.StartsAt, EndsAt = first.EndsAt, RoomBlockedUntil = first.RoomBlockedUntil, LocalDate = first.LocalDate,
            Name = "Bug", CheckInCode = "AAAAAA", Status = AppointmentStatus.Booked,
        });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}
