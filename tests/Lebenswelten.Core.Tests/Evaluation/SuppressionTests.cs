using Lebenswelten.Core.Evaluation;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Tests.Infrastructure;
using static Lebenswelten.Core.Tests.Evaluation.EvaluationKit;

namespace Lebenswelten.Core.Tests.Evaluation;

/// <summary>
/// Small numbers held back, and held back for good: an attacker who subtracts what is shown (from the total, from another
/// table of the same report, from a report over an overlapping period) never narrows a held-back cell to one value.
/// </summary>
public sealed class SuppressionTests
{
    private static readonly DateOnly January = new(2026, 1, 1);
    private static readonly DateOnly March = new(2026, 3, 1);
    private static readonly DateOnly April = new(2026, 4, 1);

    [Theory, BothProviders]
    public async Task A_count_under_five_is_shown_as_held_back_not_as_zero_and_the_others_rounded_to_fives(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        await kit.AddCellsAsync(Cell(January, kit.Zentrum, 12), Cell(January, kit.Lobeda, 2));
        var evaluator = await kit.StaffAsync(SiteRole.Evaluator);

        var table = (await kit.ReachAsync(evaluator, January, March, ReachDimension.District)).Value!;

        Assert.Equal(new PublishedCount(null, true), Line(table, "lobeda").Registrations);
        Assert.Equal(new PublishedCount(10, false), Line(table, "zentrum").Registrations);
        Assert.Equal(new PublishedCount(15, false), table.Total.Registrations);
        Assert.Null(Line(table, "lobeda").AttendanceRate);
    }

    [Theory, BothProviders]
    public async Task A_held_back_cell_cannot_be_recovered_by_subtracting_the_shown_cells_from_the_total(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        await kit.AddCellsAsync(Cell(January, kit.Zentrum, 12), Cell(January, kit.Lobeda, 2), Cell(January, null, 9));
        var table = (await kit.ReachAsync(await kit.StaffAsync(SiteRole.InsurerOfficer), January, March, ReachDimension.District)).Value!;

        var shown = table.Lines.Select(l => l.Figures.Registrations).Where(c => !c.HeldBack).Select(c => c.Value!.Value).ToList();
        var candidates = Attacker.Candidates(table.Total.Registrations.Value!.Value, shown, table.MinimumCount);

        Assert.True(Line(table, "lobeda").Registrations.HeldBack);
        Assert.Contains(2, candidates);
        Assert.True(candidates.Count >= 2, $"recovered: {string.Join(",", candidates)}");
    }

    [Theory, BothProviders]
    public async Task A_held_back_cell_cannot_be_recovered_from_another_table_of_the_same_report(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        await kit.AddCellsAsync(Cell(January, kit.Zentrum, 9), Cell(January, kit.Zentrum, 3, ageBand: "65+"));
        var coordinator = await kit.StaffAsync(SiteRole.Coordinator);
        var byDistrict = (await kit.ReachAsync(coordinator, January, March, ReachDimension.District)).Value!;
        var byDistrictAndAge = (await kit.ReachAsync(coordinator, January, March, ReachDimension.District, ReachDimension.AgeBand)).Value!;

        var zentrum = Line(byDistrict, "zentrum").Registrations.Value!.Value;
        var younger = byDistrictAndAge.Lines.Single(l => l.Group[1].Key == "18-64").Figures.Registrations.Value!.Value;
        var candidates = Attacker.Candidates(zentrum, [younger], byDistrict.MinimumCount);

        Assert.True(byDistrictAndAge.Lines.Single(l => l.Group[1].Key == "65+").Figures.Registrations.HeldBack);
        Assert.Contains(3, candidates);
        Assert.True(candidates.Count >= 2, $"recovered: {string.Join(",", candidates)}");
    }

    [Theory, BothProviders]
    public async Task A_held_back_month_cannot_be_recovered_from_two_reports_with_overlapping_periods(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        await kit.AddCellsAsync(Cell(January, kit.Zentrum, 12), Cell(April, kit.Zentrum, 2));
        var evaluator = await kit.StaffAsync(SiteRole.Evaluator);
        var untilMarch = (await kit.ReachAsync(evaluator, January, March, ReachDimension.District)).Value!;
        var untilApril = (await kit.ReachAsync(evaluator, January, April, ReachDimension.District)).Value!;
        var aprilAlone = (await kit.ReachAsync(evaluator, April, April, ReachDimension.District)).Value!;

        var candidates = Attacker.Candidates(Line(untilApril, "zentrum").Registrations.Value!.Value,
            [Line(untilMarch, "zentrum").Registrations.Value!.Value], untilApril.MinimumCount);

        Assert.True(Line(aprilAlone, "zentrum").Registrations.HeldBack);
        Assert.Contains(2, candidates);
        Assert.True(candidates.Count >= 2, $"recovered: {string.Join(",", candidates)}");
    }

    private static ReachFigures Line(ReachTable table, string district) => table.Lines.Single(l => l.Group[0].Key == district).Figures;
}

/// <summary>
/// What someone who knows the rule (held back under the minimum, shown counts rounded to the nearest five) can deduce about
/// a held-back cell x from a shown total and shown other parts of it: x = total − Σ parts, each shown figure off by ±2.
/// </summary>
internal static class Attacker
{
    public static List<int> Candidates(int shownTotal, IReadOnlyCollection<int> shownParts, int minimum)
    {
        var half = PublishedCount.RoundingBase / 2;
        var lowest = shownTotal - half - shownParts.Sum(p => p + half);
        var highest = shownTotal + half - shownParts.Sum(p => p - half);
        return Enumerable.Range(0, minimum).Where(x => x >= lowest && x <= highest).ToList();
    }
}
