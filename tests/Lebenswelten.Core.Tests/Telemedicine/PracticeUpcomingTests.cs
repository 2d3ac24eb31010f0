using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Telemedicine.TelemedicineTestKit;

namespace Lebenswelten.Core.Tests.Telemedicine;

public sealed class PracticeUpcomingTests
{
    [Theory, BothProviders]
    public async Task The_practice_sees_its_next_booked_appointments_only_and_each_person_shown_is_audited(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var (_, _, other) = await kit.AddPracticeAsync("Praxis Nebenan");
        var later = await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday.AddDays(1), 9, 0), Guest("b@example.org", "Berta B"));
        var first = await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday, 10, 0), Guest("a@example.org", "Anna A"));
        var cancelled = await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday, 9, 0), Guest("c@example.org", "Cem C"));
        await kit.BookedAsync(Slot(other, Tuesday, 11, 0), Guest("d@example.org", "Dora D"));
        await kit.WithAsync(s => s.GetRequiredService<BookingService>().CancelByPracticeAsync(cancelled.Appointment.Id, "krank",
            kit.PracticeAStaff, None));

        var upcoming = await kit.WithAsync(s => s.GetRequiredService<PracticeDesk>()
            .UpcomingAsync(kit.PracticeA.Id, kit.Clock.GetUtcNow(), 10, kit.PracticeAStaff, None));
        var one = await kit.WithAsync(s => s.GetRequiredService<PracticeDesk>()
            .UpcomingAsync(kit.PracticeA.Id, kit.Clock.GetUtcNow(), 1, kit.PracticeAStaff, None));
        var stranger = await kit.WithAsync(s => s.GetRequiredService<PracticeDesk>()
            .UpcomingAsync(kit.PracticeA.Id, kit.Clock.GetUtcNow(), 10, kit.PracticeBStaff, None));

        Assert.Equal([first.Appointment.Id, later.Appointment.Id], upcoming.Value!.Select(a => a.Id));
        Assert.Equal([first.Appointment.Id], one.Value!.Select(a => a.Id));
        Assert.Equal("Practice.NotFound", stranger.Problem?.Code);
        await using var db = kit.Database.CreateContext();
        Assert.Equal(3, await db.AuditEntries.CountAsync(e => e.DataKind == "Telemedicine.PracticeUpcoming"));
    }
}
