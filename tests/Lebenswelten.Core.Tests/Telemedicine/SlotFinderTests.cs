using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Telemedicine.TelemedicineTestKit;

namespace Lebenswelten.Core.Tests.Telemedicine;

public sealed class SlotFinderTests
{
    private static IEnumerable<string> LocalTimes(IEnumerable<Slot> slots) =>
        slots.Select(s => BerlinTime.ToLocal(s.StartsAt).ToString("HH:mm"));

    [Theory, BothProviders]
    public async Task Free_slots_are_where_the_practice_hours_and_the_room_opening_hours_overlap(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        await kit.WithAsync(s => s.GetRequiredService<RoomEditor>().UpdateAsync(kit.Room.Id,
            RoomDraft(kit.Housing.Id,
                hours: [new WeekdayHours(DayOfWeek.Tuesday, new(8, 0), new(9, 30)),
                    new WeekdayHours(DayOfWeek.Tuesday, new(11, 0), new(17, 0))]),
            kit.Coordinator, None));

        var slots = await kit.FreeSlotsAsync(Tuesday);

        Assert.Equal(["09:00", "09:15", "11:00", "11:15", "11:30", "11:45"], LocalTimes(slots));
        Assert.All(slots, s => Assert.Equal([kit.Room.Id], s.FreeRoomIds));
        Assert.Equal(slots.Count, slots.Select(s => s.Id).Distinct().Count());
        Assert.Empty(await kit.FreeSlotsAsync(Tuesday.AddDays(1)));
    }

    [Theory, BothProviders]
    public async Task Closed_days_of_the_room_or_the_practice_have_no_slots(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var wednesday = Tuesday.AddDays(1);
        Assert.True((await kit.WithAsync(s => s.GetRequiredService<DayClosures>()
            .CloseRoomAsync(kit.Room.Id, new ClosureDraft(Tuesday, Tuesday, "Renovierung"), kit.RoomStaff, None))).Succeeded);
        Assert.True((await kit.WithAsync(s => s.GetRequiredService<DayClosures>()
            .ClosePracticeAsync(kit.PracticeA.Id, new ClosureDraft(wednesday, wednesday, "Fortbildung"), kit.PracticeAStaff, None)))
            .Succeeded);

        Assert.Empty(await kit.FreeSlotsAsync(Tuesday));
        Assert.Empty(await kit.FreeSlotsAsync(wednesday));
        Assert.Equal(12, (await kit.FreeSlotsAsync(wednesday.AddDays(1))).Count);
    }

    [Theory, BothProviders]
    public async Task A_booking_blocks_the_room_for_its_buffer_and_the_practice_for_its_slot_only(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var (_, _, scheduleB) = await kit.AddPracticeAsync("Praxis Buffer");
        await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday, 10, 0));

        var a = await kit.FreeSlotsAsync(Tuesday, kit.ScheduleA.Id);
        var b = await kit.FreeSlotsAsync(Tuesday, scheduleB.Id);

        // The room is taken 10:00–10:15 plus 10 minutes: 10:15 would start inside that buffer, and 09:45's own
        // buffer would reach into 10:00. Practice A's hours are blocked only by the room there, like B's.
        Assert.Equal(["09:00", "09:15", "09:30", "10:30", "10:45", "11:00", "11:15", "11:30", "11:45"], LocalTimes(b));
        Assert.Equal(LocalTimes(b), LocalTimes(a));
    }

    [Theory, BothProviders]
    public async Task Slots_inside_the_minimum_notice_or_beyond_the_horizon_are_not_offered(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var today = BerlinTime.LocalDate(kit.Clock.GetUtcNow());

        // It is 10:00 on Monday; with two hours' notice the first slot is 12:00 — after the hours end.
        Assert.Empty(await kit.FreeSlotsAsync(today));
        kit.Clock.Advance(TimeSpan.FromHours(-2));
        Assert.Equal(["10:00", "10:15", "10:30", "10:45", "11:00", "11:15", "11:30", "11:45"], LocalTimes(await kit.FreeSlotsAsync(today)));
        var lastDay = today.AddDays(28);
        Assert.NotEmpty(await kit.FreeSlotsAsync(lastDay));
        Assert.Empty(await kit.FreeSlotsAsync(lastDay.AddDays(1)));
    }

    [Theory, BothProviders]
    public async Task One_off_dates_add_hours_on_a_day_without_weekly_ones(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var saturday = Tuesday.AddDays(4);
        await kit.WithAsync(s => s.GetRequiredService<RoomEditor>().UpdateAsync(kit.Room.Id,
            RoomDraft(kit.Housing.Id, hours: [new WeekdayHours(DayOfWeek.Saturday, new(9, 0), new(13, 0))]), kit.Coordinator, None));
        var schedule = await kit.CreateScheduleAsync(ScheduleDraft(kit.PracticeB.Id, slotMinutes: 30, weekly: [],
            dates: [new DateHours(saturday, new(10, 0), new(11, 30))]), kit.PracticeBStaff);

        Assert.Equal(["10:00", "10:30", "11:00"], LocalTimes(await kit.FreeSlotsAsync(saturday, schedule.Id)));
        Assert.Empty(await kit.FreeSlotsAsync(saturday.AddDays(7), schedule.Id));
    }

    [Theory, BothProviders]
    public async Task The_night_the_clocks_go_forward_the_skipped_hour_holds_no_slots(DatabaseProvider provider)
    {
        // Sunday 29 March 2026, 02:00 CET becomes 03:00 CEST.
        var sunday = new DateOnly(2026, 3, 29);
        var slots = await NightSlotsAsync(provider, sunday);

        Assert.Equal(["01:00", "01:30", "03:00", "03:30"], LocalTimes(slots));
        Assert.Equal(
            [new(2026, 3, 29, 0, 0, 0, TimeSpan.Zero), new(2026, 3, 29, 0, 30, 0, TimeSpan.Zero), new(2026, 3, 29, 1, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero)],
            slots.Select(s => s.StartsAt));
        Assert.All(slots, s => Assert.Equal(TimeSpan.FromMinutes(30), s.EndsAt - s.StartsAt));
    }

    [Theory, BothProviders]
    public async Task The_night_the_clocks_go_back_the_repeated_hour_holds_its_slots_twice(DatabaseProvider provider)
    {
        // Sunday 25 October 2026, 03:00 CEST becomes 02:00 CET: 02:00–03:00 happens twice.
        var sunday = new DateOnly(2026, 10, 25);
        var slots = await NightSlotsAsync(provider, sunday);

        Assert.Equal(["01:00", "01:30", "02:00", "02:30", "02:00", "02:30", "03:00", "03:30"], LocalTimes(slots));
        Assert.Equal(8, slots.Select(s => s.Id).Distinct().Count());
        Assert.Equal(new DateTimeOffset(2026, 10, 24, 23, 0, 0, TimeSpan.Zero), slots[0].StartsAt);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 2, 30, 0, TimeSpan.Zero), slots[^1].StartsAt);

        // Booking one of the two 02:00 slots leaves the other free.
        await using var kit = await CreateAsync(provider, new ManualClock(new DateTimeOffset(2026, 10, 20, 9, 0, 0, TimeSpan.Zero)));
        var schedule = await NightScheduleAsync(kit, sunday);
        var first = (await kit.FreeSlotsAsync(sunday, schedule.Id))[2];
        await kit.BookedAsync(first.Id);
        var after = await kit.FreeSlotsAsync(sunday, schedule.Id);
        Assert.DoesNotContain(after, s => s.Id == first.Id);
        Assert.Contains(after, s => s.StartsAt == first.StartsAt.AddHours(1));
    }

    [Theory, BothProviders]
    public async Task A_slot_is_found_again_by_its_id(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var id = Slot(kit.ScheduleA, Tuesday, 9, 30);

        var found = await kit.WithAsync(s => s.GetRequiredService<SlotFinder>().GetAsync(id, None));
        await kit.BookedAsync(id);
        var busy = await kit.WithAsync(s => s.GetRequiredService<SlotFinder>().GetAsync(id, None));
        var off = await kit.WithAsync(s => s.GetRequiredService<SlotFinder>().GetAsync(Slot(kit.ScheduleA, Tuesday, 9, 31), None));

        Assert.Equal((SlotStatus.Free, BerlinTime.ToUtc(Tuesday, new(9, 30))), (found.Value!.Status, found.Value.StartsAt));
        Assert.Equal(SlotStatus.Busy, busy.Value!.Status);
        Assert.Equal("Slot.NotFound", off.Problem?.Code);
        Assert.True(SlotId.TryParse(id, out var scheduleId, out _) && scheduleId == kit.ScheduleA.Id);
        Assert.False(SlotId.TryParse("nonsense", out _, out _));
    }

    [Theory, BothProviders]
    public async Task Locating_a_slot_for_booking_agrees_with_reading_it_except_for_whether_it_is_free(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var wednesday = Tuesday.AddDays(1);
        Assert.True((await kit.WithAsync(s => s.GetRequiredService<DayClosures>()
            .ClosePracticeAsync(kit.PracticeA.Id, new ClosureDraft(wednesday, wednesday, "Fortbildung"), kit.PracticeAStaff, None)))
            .Succeeded);
        var booked = Slot(kit.ScheduleA, Tuesday, 9, 30);
        await kit.BookedAsync(booked);

        foreach (var id in new[] { booked, Slot(kit.ScheduleA, Tuesday, 9, 45) })
        {
            var read = (await kit.WithAsync(s => s.GetRequiredService<SlotFinder>().GetAsync(id, None))).Value!;
            var located = (await kit.WithAsync(s => s.GetRequiredService<SlotFinder>().LocateAsync(id, None))).Value!;
            Assert.Equal((read.Id, read.ScheduleId, read.PracticeOrganisationId, read.StartsAt, read.EndsAt),
                (located.Id, located.ScheduleId, located.PracticeOrganisationId, located.StartsAt, located.EndsAt));
        }
        // Off the grid, on the practice's closed day, outside the hours, unknown schedule, nonsense: not found, as when read.
        foreach (var id in new[] { Slot(kit.ScheduleA, Tuesday, 9, 31), Slot(kit.ScheduleA, wednesday, 9, 30),
            Slot(kit.ScheduleA, Tuesday, 20, 0), SlotId.For(Guid.NewGuid(), BerlinTime.ToUtc(Tuesday, new(9, 30))), "nonsense" })
        {
            Assert.Equal("Slot.NotFound", (await kit.WithAsync(s => s.GetRequiredService<SlotFinder>().GetAsync(id, None))).Problem?.Code);
            Assert.Equal("Slot.NotFound", (await kit.WithAsync(s => s.GetRequiredService<SlotFinder>().LocateAsync(id, None))).Problem?.Code);
        }
    }

    [Theory, BothProviders]
    public async Task Searching_schedules_already_read_finds_what_searching_by_their_id_finds(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var (_, _, scheduleB) = await kit.AddPracticeAsync("Praxis Nebenan");
        await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday, 10, 0));
        var query = new SlotQuery(kit.SiteId, Tuesday, Tuesday.AddDays(6)) { OnlyFree = false };

        var byId = await kit.WithAsync(s => s.GetRequiredService<SlotFinder>().FindAsync(query with { ScheduleId = scheduleB.Id }, None));
        var read = await kit.WithAsync(async s => (await s.GetRequiredService<ScheduleEditor>().ListAsync(kit.SiteId, null, None))
            .Where(x => x.Id == scheduleB.Id).ToList());
        var given = await kit.WithAsync(s => s.GetRequiredService<SlotFinder>().FindInAsync(query, read, None));

        Assert.NotEmpty(byId.Value!);
        Assert.Contains(byId.Value!, x => x.Status == SlotStatus.Busy);
        Assert.Equal(byId.Value!.Select(x => (x.Id, x.Status, string.Join(',', x.FreeRoomIds))),
            given.Value!.Select(x => (x.Id, x.Status, string.Join(',', x.FreeRoomIds))));
        var tooLong = await kit.WithAsync(s => s.GetRequiredService<SlotFinder>()
            .FindInAsync(query with { To = Tuesday.AddDays(SlotFinder.MaxDays) }, read, None));
        Assert.Equal(["OutOfRange"], tooLong.Problem!.FieldErrors!["To"]);
    }

    private static async Task<List<Slot>> NightSlotsAsync(DatabaseProvider provider, DateOnly sunday)
    {
        await using var kit = await CreateAsync(provider, new ManualClock(BerlinTime.ToUtc(sunday.AddDays(-5), new(9, 0))));
        var schedule = await NightScheduleAsync(kit, sunday);
        return [.. await kit.FreeSlotsAsync(sunday, schedule.Id)];
    }

    private static async Task<ConsultationSchedule> NightScheduleAsync(TelemedicineTestKit kit, DateOnly sunday)
    {
        await kit.WithAsync(s => s.GetRequiredService<RoomEditor>().UpdateAsync(kit.Room.Id,
            RoomDraft(kit.Housing.Id, buffer: 0, hours: [new WeekdayHours(DayOfWeek.Sunday, new(0, 0), new(6, 0))]), kit.Coordinator,
                None));
        return await kit.CreateScheduleAsync(ScheduleDraft(kit.PracticeB.Id, slotMinutes: 30,
            weekly: [new WeeklyHours(DayOfWeek.Sunday, new(1, 0), new(4, 0))]) with { MinNoticeHours = 0 }, kit.PracticeBStaff);
    }
}
