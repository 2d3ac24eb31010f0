using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Core.Tests.Needs;

public sealed class IndicatorCorrectionTests
{
    [Theory]
    [BothProviders]
    public async Task A_correction_needs_a_note_keeps_the_old_value_and_moves_the_need_index(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var test = await NeedsTestSite.CreateAsync(db);
        await new IndicatorImport(db, TimeProvider.System).CommitAsync(test.Site.Id, test.Rate.Id,
            "district,year,value\nnord,2023,30\nmitte,2023,10\nsued,2023,11\n", "importer");
        var correction = new IndicatorCorrection(db, new AuditLog(db, TimeProvider.System), TimeProvider.System);
        var before = await new NeedsDirectory(db).NeedIndexAsync(test.Site.Id);

        var withoutNote = await correction.CorrectAsync(test.Site.Id, test.Rate.Id, "nord", 2023, new IndicatorFigure(3, null, null), " ", "coordinator");
        var corrected = await correction.CorrectAsync(test.Site.Id, test.Rate.Id, "nord", 2023, new IndicatorFigure(3, null, null),
            "Tippfehler: 3 statt 30", "coordinator");
        var unknown = await correction.CorrectAsync(test.Site.Id, test.Rate.Id, "atlantis", 2023, new IndicatorFigure(3, null, null), "x", "coordinator");

        Assert.Equal(["Required"], withoutNote.Problem!.FieldErrors!["Note"]);
        Assert.Equal(3, corrected.Value!.Value);
        Assert.Equal(ProblemKind.NotFound, unknown.Problem!.Kind);
        var record = (await correction.RecordAsync(test.Site.Id, test.Rate.Id, "nord", 2023, AuditActor.System)).Value!;
        var entry = Assert.Single(record.History);
        Assert.Equal((30.0, 3.0, "Tippfehler: 3 statt 30", "coordinator"), (entry.OldValue, entry.NewValue, entry.Note, entry.ChangedBy));
        // The need index is computed on every read: Nordviertel drops from most to least need.
        var after = await new NeedsDirectory(db).NeedIndexAsync(test.Site.Id);
        var nord = test.Districts[0].Id;
        Assert.Equal((1, 3), (before.Single(n => n.DistrictId == nord).Rank, after.Single(n => n.DistrictId == nord).Rank));
    }

    [Theory]
    [BothProviders]
    public async Task A_missing_ratio_can_be_entered_by_hand_under_the_same_rules_as_a_csv_line(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var test = await NeedsTestSite.CreateAsync(db);
        var correction = new IndicatorCorrection(db, new AuditLog(db, TimeProvider.System), TimeProvider.System);

        var above = await correction.CorrectAsync(test.Site.Id, test.Cases.Id, "mitte", 2024, new IndicatorFigure(null, 9, 3), "nachgetragen", "c");
        var badYear = await correction.CorrectAsync(test.Site.Id, test.Cases.Id, "mitte", 1800, new IndicatorFigure(null, 3, 9), "nachgetragen", "c");
        var entered = await correction.CorrectAsync(test.Site.Id, test.Cases.Id, "mitte", 2024, new IndicatorFigure(null, 3, 12), "nachgetragen", "c");

        Assert.Equal(["BadRatio"], above.Problem!.FieldErrors!["Numerator"]);
        Assert.Equal(["YearRange"], badYear.Problem!.FieldErrors!["Year"]);
        Assert.Equal((25.0, true), (entered.Value!.Value, entered.Value.IsSmallNumber));
        var change = await db.IndicatorValueChanges.SingleAsync(c => c.IndicatorValueId == entered.Value.Id);
        Assert.Equal((null, 25.0, "nachgetragen"), (change.OldValue, change.NewValue, change.Note));
    }

    [Theory]
    [BothProviders]
    public async Task Parallel_corrections_of_a_missing_value_store_one_value_and_answer_the_rest_with_a_conflict_or_a_later_correction(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        NeedsTestSite test;
        await using (var setup = database.CreateContext())
        {
            test = await NeedsTestSite.CreateAsync(setup);
        }

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 8).Select(async i =>
        {
            await using var db = database.CreateContext();
            var correction = new IndicatorCorrection(db, new AuditLog(db, TimeProvider.System), TimeProvider.System);
            return await correction.CorrectAsync(test.Site.Id, test.Rate.Id, "sued", 2024, new IndicatorFigure(i, null, null), $"Eingabe {i}", $"c{i}");
        }));

        Assert.All(outcomes, o => Assert.True(o.Succeeded || o.Problem!.Kind == ProblemKind.Conflict, $"{o.Problem}"));
        await using var check = database.CreateContext();
        var value = await check.IndicatorValues.SingleAsync(v => v.IndicatorId == test.Rate.Id);
        // Every stored correction left exactly one history line; the refused ones none.
        Assert.Equal(outcomes.Count(o => o.Succeeded), await check.IndicatorValueChanges.CountAsync(c => c.IndicatorValueId == value.Id));
    }
}
