using Lebenswelten.Core.Evaluation;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Core.Tests.Telemedicine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Telemedicine.TelemedicineTestKit;

namespace Lebenswelten.Core.Tests.Evaluation;

/// <summary>Video consultations per room and month, counted before the appointments are deleted after 90 days.</summary>
public sealed class ConsultationFactTests
{
    [Theory, BothProviders]
    public async Task Consultations_booked_held_and_cancelled_per_room_and_month_survive_the_90_day_purge(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider, configure: s => s.AddEvaluation(new ConfigurationBuilder().Build()));
        await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday.AddDays(2), 9, 0));
        await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday.AddDays(2), 10, 0));
        var cancelled = await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday.AddDays(3), 10, 0));
        Assert.True((await kit.WithAsync(s => s.GetRequiredService<BookingService>()
            .CancelByPracticeAsync(cancelled.Appointment.Id, "Praxis geschlossen", kit.PracticeAStaff, None))).Succeeded);
        kit.Clock.Advance(TimeSpan.FromDays(7));
        await RefreshAsync(kit);
        var march = new DateOnly(2026, 3, 1);
        Assert.Equal((3, 2, 1), await FiguresAsync(kit, march));

        kit.Clock.Advance(TimeSpan.FromDays(91));
        var purged = await kit.WithAsync(s => s.GetRequiredService<Retention>().RunAsync(None));
        Assert.Equal(3, purged.Of(AppointmentPersonalData.CapabilityName));
        await RefreshAsync(kit);

        Assert.Equal((3, 2, 1), await FiguresAsync(kit, march));
        await using var db = kit.Database.CreateContext();
        Assert.False(await db.TelemedicineAppointments.AnyAsync());
    }

    [Theory, BothProviders]
    public async Task An_erased_residents_consultation_still_counts_for_its_room(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider, configure: s => s.AddEvaluation(new ConfigurationBuilder().Build()));
        await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday, 9, 0), kit.AccountHolder());
        kit.Clock.Advance(TimeSpan.FromDays(2));

        await kit.WithAsync(s => s.GetServices<IPersonalDataParticipant>().OfType<AppointmentPersonalData>().Single()
            .EraseAsync(kit.Resident.Id, kit.Clock.GetUtcNow(), None));
        await RefreshAsync(kit);

        Assert.Equal((1, 1, 0), await FiguresAsync(kit, new DateOnly(2026, 3, 1)));
    }

    private static Task RefreshAsync(TelemedicineTestKit kit) => kit.WithAsync(async s =>
    {
        await s.GetRequiredService<ReachRefresh>().RefreshSiteAsync(kit.SiteId, None);
        return 0;
    });

    private static async Task<(int, int, int)> FiguresAsync(TelemedicineTestKit kit, DateOnly month)
    {
        await using var db = kit.Database.CreateContext();
        var facts = await db.ConsultationFacts.Where(f => f.RoomId == kit.Room.Id && f.Month == month).ToListAsync();
        return (facts.Sum(f => f.Booked), facts.Sum(f => f.Held), facts.Sum(f => f.Cancelled));
    }
}
