using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Core.Tests.Needs;

public sealed class IndicatorGridTests
{
    [Theory]
    [BothProviders]
    public async Task Changed_cells_are_stored_with_the_note_in_their_history_and_unchanged_or_empty_cells_write_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var test = await NeedsTestSite.CreateAsync(db);
        await new IndicatorImport(db, TimeProvider.System).CommitAsync(test.Site.Id, test.Rate.Id,
            "district,year,value\nnord,2023,10\nmitte,2023,20\n", "import");
        var grid = new IndicatorGrid(db, TimeProvider.System);

        var saved = await grid.SaveAsync(test.Site.Id, test.Rate.Id,
        [
            new("nord", 2023, new IndicatorFigure(11, null, null)), // changed
            new("mitte", 2023, new IndicatorFigure(20, null, null)), // unchanged
            new("sued", 2023, null), // left empty
            new("sued", 2024, new IndicatorFigure(5.5, null, null)), // filled in
        ], "Nachmeldung", "coordinator");

        Assert.Equal(2, saved.Value);
        var values = await db.IndicatorValues.Where(v => v.IndicatorId == test.Rate.Id).OrderBy(v => v.Year).ThenBy(v => v.Value)
            .Select(v => $"{v.Year} {v.Value}").ToListAsync();
        Assert.Equal(["2023 11", "2023 20", "2024 5.5"], values);
        var history = await db.IndicatorValueChanges.OrderBy(c => c.NewValue).Select(c => $"{c.OldValue} {c.NewValue} {c.Note} {c.ChangedBy}").ToListAsync();
        Assert.Equal([" 5.5 Nachmeldung coordinator", "10 11 Nachmeldung coordinator"], history);
    }

    [Theory]
    [BothProviders]
    public async Task One_wrong_cell_names_itself_and_nothing_of_the_save_is_kept(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var test = await NeedsTestSite.CreateAsync(db);
        var grid = new IndicatorGrid(db, TimeProvider.System);

        var saved = await grid.SaveAsync(test.Site.Id, test.Cases.Id,
        [
            new("nord", 2024, new IndicatorFigure(null, 12, 80)),
            new("mitte", 2024, new IndicatorFigure(null, 9, 3)),
            new("atlantis", 2024, new IndicatorFigure(null, 1, 3)),
        ], "Nachmeldung", "coordinator");
        var withoutNote = await grid.SaveAsync(test.Site.Id, test.Cases.Id, [new("nord", 2024, new IndicatorFigure(null, 12, 80))], " ", "c");

        Assert.Equal(["atlantis|2024 Unknown", "mitte|2024 BadRatio"],
            saved.Problem!.FieldErrors!.Select(f => $"{f.Key} {string.Join(",", f.Value)}").Order());
        Assert.Equal(["Required"], withoutNote.Problem!.FieldErrors!["Note"]);
        Assert.Equal(0, await db.IndicatorValues.CountAsync());
    }

    [Theory]
    [BothProviders]
    public async Task The_grid_shows_the_chosen_years_and_refuses_another_sites_indicator(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var test = await NeedsTestSite.CreateAsync(db);
        var other = await NeedsTestSite.CreateAsync(db);
        await new IndicatorImport(db, TimeProvider.System).CommitAsync(test.Site.Id, test.Rate.Id, "district,year,value\nnord,2022,10\n", "i");
        var grid = new IndicatorGrid(db, TimeProvider.System);

        var shown = (await grid.LoadAsync(test.Site.Id, test.Rate.Id, 2020, 2024)).Value!;
        var foreign = await grid.LoadAsync(test.Site.Id, other.Rate.Id, 2020, 2024);
        var tooLong = await grid.LoadAsync(test.Site.Id, test.Rate.Id, 2000, 2024);

        Assert.Equal([2020, 2021, 2022, 2023, 2024], shown.Years);
        Assert.Equal(["Mitte", "Nordviertel", "Südviertel"], shown.Districts.Select(d => d.Name));
        Assert.Equal(10, shown.At(test.Districts[0], 2022)!.Value);
        Assert.Equal(ProblemKind.NotFound, foreign.Problem!.Kind);
        Assert.Equal(["YearSpan"], tooLong.Problem!.FieldErrors!["To"]);
        Assert.Equal(ProblemKind.NotFound, (await grid.SaveAsync(test.Site.Id, other.Rate.Id, [], "n", "c")).Problem!.Kind);
    }
}
