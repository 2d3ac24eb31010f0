using Lebenswelten.Core.Evaluation;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Evaluation.EvaluationKit;

namespace Lebenswelten.Core.Tests.Evaluation;

/// <summary>The pre-aggregated reach cells: what they count, and that erasure and retention leave them as they were.</summary>
public sealed class ReachFactTests
{
    /// <summary>
    /// Three places, four people: Anna (Zentrum, 36, f) and Bernd (Zentrum, 76, m), Carla (Lobeda, 11, f) and Dana
    /// (Lobeda, 46, f), who waits until Bernd cancels; Anna and Dana come to the first session, Carla does not.
    /// </summary>
    private static async Task<(Offering Offering, Registration[] People)> CourseAsync(EvaluationKit kit)
    {
        var offering = await kit.Offerings.CreateOfferingAsync(kit.Offerings.NewDraft(capacity: 3));
        var anna = await kit.RegisterAsync(offering, "07743", 1990, Sex.Female);
        var bernd = await kit.RegisterAsync(offering, "07743", 1950, Sex.Male);
        var carla = await kit.RegisterAsync(offering, "07745", 2015, Sex.Female);
        var dana = await kit.RegisterAsync(offering, "07745", 1980, Sex.Female);
        var cancelled = await kit.WithAsync(s => s.GetRequiredService<RegistrationService>()
            .CancelAsync(bernd.Id, new RegistrationActor(bernd.UserId, null), None));
        Assert.True(cancelled.Succeeded, cancelled.Problem?.Code);
        kit.Clock.Advance(TimeSpan.FromDays(8));
        await kit.RecordFirstSessionAsync(offering, anna, dana);
        return (offering, [anna, bernd, carla, dana]);
    }

    [Theory, BothProviders]
    public async Task The_refresh_counts_registrations_participants_attendance_no_shows_and_cancellations_per_district_age_band_and_sex(
        DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        await CourseAsync(kit);

        await kit.RefreshAsync();

        var facts = await kit.FactsAsync();
        Assert.All(facts, f => Assert.Equal(new DateOnly(2026, 3, 1), f.Month));
        Assert.Equal((4, 3, 2, 1, 1, 0), Sum(facts));
        Assert.Equal((2, 1, 1, 0, 1, 0), Sum(facts.Where(f => f.DistrictId == kit.Zentrum.Id)));
        Assert.Equal((2, 2, 1, 1, 0, 0), Sum(facts.Where(f => f.DistrictId == kit.Lobeda.Id)));
        Assert.Equal(2, facts.Where(f => f.AgeBand == "18-64").Sum(f => f.Registrations));
        Assert.Equal(1, facts.Single(f => f.AgeBand == "65+").Cancelled);
        Assert.Equal(1, facts.Single(f => f.AgeBand == "6-17").NoShows);
        Assert.Equal(3, facts.Where(f => f.Sex == "f").Sum(f => f.Registrations));
    }

    [Theory, BothProviders]
    public async Task A_person_registered_twice_in_one_cell_is_one_participant(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var first = await kit.Offerings.CreateOfferingAsync(kit.Offerings.NewDraft(title: "Rückenfit am Montag"));
        var second = await kit.Offerings.CreateOfferingAsync(kit.Offerings.NewDraft(title: "Rückenfit am Dienstag"));
        var userId = await kit.AccountAsync();
        await kit.RegisterAsync(first, "07743", 1990, Sex.Female, userId);
        await kit.RegisterAsync(second, "07743", 1990, Sex.Female, userId);

        await kit.RefreshAsync();

        var cell = Assert.Single(await kit.FactsAsync());
        Assert.Equal((2, 1), (cell.Registrations, cell.Participants));
    }

    /// <summary>Flags stored as text outgrew PostgreSQL's column (SQLite never checks a length): the refresh answered 500.</summary>
    [Theory, BothProviders]
    public async Task An_offering_for_every_target_group_is_counted(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var everyone = Enum.GetValues<TargetGroups>().Aggregate(TargetGroups.None, (all, g) => all | g);
        var offering = await kit.Offerings.CreateOfferingAsync(kit.Offerings.NewDraft() with { TargetGroups = everyone });
        await kit.RegisterAsync(offering, "07743", 1990, Sex.Female);

        await kit.RefreshAsync();

        Assert.Equal(everyone, Assert.Single(await kit.FactsAsync()).TargetGroups);
        Assert.Equal(everyone, Assert.Single(await kit.WithAsync(s => s.GetRequiredService<LebensweltenDbContext>().OfferingFacts.ToListAsync())).TargetGroups);
    }

    [Theory, BothProviders]
    public async Task Erasing_a_persons_data_leaves_every_reach_figure_as_it_was(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var (_, people) = await CourseAsync(kit);
        // After the course: erasing a running registration would give its place up, which changes what happened.
        kit.Clock.Advance(TimeSpan.FromDays(30));
        await kit.RefreshAsync();
        var before = Cells(await kit.FactsAsync());

        await kit.WithAsync(async s =>
        {
            var db = s.GetRequiredService<LebensweltenDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var registrations = s.GetServices<IPersonalDataParticipant>().OfType<RegistrationPersonalData>().Single();
            await registrations.EraseAsync(people[0].UserId!, kit.Clock.GetUtcNow(), None);
            await registrations.EraseAsync(people[3].UserId!, kit.Clock.GetUtcNow(), None);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return 0;
        });
        Assert.Equal(before, Cells(await kit.FactsAsync()));
        await kit.RefreshAsync();

        Assert.Equal(before, Cells(await kit.FactsAsync()));
        await using var check = kit.Database.CreateContext();
        Assert.Equal(2, await check.Registrations.CountAsync(r => r.AnonymisedAt != null && r.PostalCode == null));
    }

    [Theory, BothProviders]
    public async Task Retention_anonymising_old_registrations_leaves_every_reach_figure_as_it_was(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        await CourseAsync(kit);
        await kit.RefreshAsync();
        var before = Cells(await kit.FactsAsync());

        kit.Clock.Advance(TimeSpan.FromDays(3 * 365));
        await kit.WithAsync(s => s.GetRequiredService<Retention>().RunAsync(None));
        await kit.RefreshAsync();

        Assert.Equal(before, Cells(await kit.FactsAsync()));
        await using var check = kit.Database.CreateContext();
        Assert.Equal(0, await check.Registrations.CountAsync(r => r.AnonymisedAt == null));
    }

    private static (int, int, int, int, int, int) Sum(IEnumerable<ReachFact> facts)
    {
        var list = facts.ToList();
        return (list.Sum(f => f.Registrations), list.Sum(f => f.Participants), list.Sum(f => f.Attended), list.Sum(f => f.NoShows),
            list.Sum(f => f.Cancelled), list.Sum(f => f.Waitlisted));
    }

    /// <summary>The figures per cell, whether live or archived: what a report adds up.</summary>
    private static List<string> Cells(IEnumerable<ReachFact> facts) => facts
        .GroupBy(f => (f.Month, f.DistrictId, f.Category, f.TargetGroups, f.AgeBand, f.Sex, f.ProjectId))
        .Select(g => $"{g.Key} {Sum(g)}").Order(StringComparer.Ordinal).ToList();
}
