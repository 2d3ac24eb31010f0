using Lebenswelten.Benchmarks.Http;
using Lebenswelten.Benchmarks.Infrastructure;
using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Benchmarks.Telemedicine;

/// <summary>
/// The slot searches of the HTTP benchmark in process (SlotFinder alone, a fresh DbContext per call as a request gets),
/// on the database telemedicine.sh seeded, timed against reading the schedule by id. Prints a Markdown table.
/// </summary>
internal static class SlotQueryBenchmark
{
    public static async Task<int> RunAsync(Arguments args)
    {
        await using var database = BenchmarkDatabase.Open(DatabaseProvider.Postgres, args.Text("database"));
        var scheduleId = Guid.Parse(args.Text("schedule"));
        var today = BerlinTime.LocalDate(TimeProvider.System.GetUtcNow());
        var week = today.AddDays(7 - ((int)today.DayOfWeek + 6) % 7);
        Guid siteId;
        string slotId;
        await using (var db = database.CreateContext())
        {
            siteId = await db.ConsultationSchedules.Where(s => s.Id == scheduleId).Select(s => s.SiteId).SingleAsync();
            var slots = (await new SlotFinder(db, TimeProvider.System).FindAsync(
                new SlotQuery(siteId, week, week.AddDays(6)) { ScheduleId = scheduleId }, CancellationToken.None)).Value!;
            slotId = slots[slots.Count / 2].Id;
        }
        Scenario Search(string name, DateOnly from, DateOnly to, Guid? schedule) => new(name, async ct =>
        {
            await using var db = database.CreateContext();
            var found = await new SlotFinder(db, TimeProvider.System).FindAsync(new SlotQuery(siteId, from, to) { ScheduleId = schedule }, ct);
            return found.Value!.Count;
        });
        var measurements = await Harness.MeasureAsync(
        [
            new("baseline: one schedule by id, with its hours and rooms", async ct =>
            {
                await using var db = database.CreateContext();
                return await db.ConsultationSchedules.AsNoTracking().AsSplitQuery().Include(s => s.Hours).Include(s => s.Rooms)
                    .SingleOrDefaultAsync(s => s.Id == scheduleId, ct) is null ? 0 : 1;
            }),
            new("one slot by id (SlotFinder.GetAsync, FHIR Slot/{id} and $book's check)", async ct =>
            {
                await using var db = database.CreateContext();
                return (await new SlotFinder(db, TimeProvider.System).GetAsync(slotId, ct)).Value is null ? 0 : 1;
            }),
            Search("one practice, next week, free", week, week.AddDays(6), scheduleId),
            Search($"one practice, {SlotFinder.MaxDays} days, free", today, today.AddDays(SlotFinder.MaxDays - 1), scheduleId),
            Search("all 100 practices, next week, free", week, week.AddDays(6), null),
        ], args.Number("warmup", 2), args.Number("runs", 10), CancellationToken.None);
        ResultTable.Print(measurements);
        return 0;
    }
}
