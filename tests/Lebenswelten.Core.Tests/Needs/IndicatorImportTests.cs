using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Core.Tests.Needs;

public sealed class IndicatorImportTests
{
    [Theory]
    [BothProviders]
    public async Task A_broken_file_names_every_error_with_its_line_and_stores_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var test = await NeedsTestSite.CreateAsync(db);
        var import = new IndicatorImport(db, TimeProvider.System);
        const string csv = "district,year,value\nnord,2022,12.5\nAtlantis,2022,3\nmitte,2022,viel\nnord,2022,13\nsued,zwanzig,4\n";

        var preview = (await import.CommitAsync(test.Site.Id, test.Rate.Id, csv, "tester")).Value!;

        Assert.False(preview.CanCommit);
        Assert.Equal(
            ["3 Import.UnknownDistrict Atlantis", "4 Import.NotANumber viel", "5 Import.DuplicateRow Nordviertel 2022 (2)", "6 Import.BadYear zwanzig"],
            preview.Errors.Select(e => $"{e.Line} {e.Code} {e.Value}"));
        Assert.Equal(0, await db.IndicatorValues.CountAsync(v => v.IndicatorId == test.Rate.Id));
    }

    [Theory]
    [BothProviders]
    public async Task A_clean_file_stores_all_rows_and_keeps_replaced_values_in_the_history(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var test = await NeedsTestSite.CreateAsync(db);
        var import = new IndicatorImport(db, TimeProvider.System);
        await import.CommitAsync(test.Site.Id, test.Rate.Id, "district,year,value\nnord,2022,12.5\nMitte,2022,8\n", "first");

        // German spreadsheets: semicolons, decimal commas, German column names.
        var second = (await import.CommitAsync(test.Site.Id, test.Rate.Id, "Stadtteil;Jahr;Wert\nnord;2022;11,5\nsued;2023;7\n", "second")).Value!;

        Assert.True(second.CanCommit);
        Assert.Equal(12.5, second.Rows[0].Previous);
        var values = await db.IndicatorValues.Where(v => v.IndicatorId == test.Rate.Id).OrderBy(v => v.Value).Select(v => v.Value).ToListAsync();
        Assert.Equal([7, 8, 11.5], values);
        var change = await db.IndicatorValueChanges.SingleAsync();
        Assert.Equal((12.5, 11.5, "second"), (change.OldValue, change.NewValue, change.ChangedBy));
    }

    [Theory]
    [BothProviders]
    public async Task Ratios_from_fewer_than_five_cases_are_held_back(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var test = await NeedsTestSite.CreateAsync(db);
        var import = new IndicatorImport(db, TimeProvider.System);

        var preview = (await import.CommitAsync(test.Site.Id, test.Cases.Id,
            "district,year,numerator,denominator\nnord,2023,4,40\nmitte,2023,12,48\nsued,2023,9,3\n", "tester")).Value!;
        var fixedFile = await import.CommitAsync(test.Site.Id, test.Cases.Id,
            "district,year,numerator,denominator\nnord,2023,4,40\nmitte,2023,12,48\n", "tester");

        Assert.Equal("4 Import.BadRatio 9/3", Assert.Single(preview.Errors) is var e ? $"{e.Line} {e.Code} {e.Value}" : "");
        Assert.True(fixedFile.Value!.CanCommit);
        var stored = await db.IndicatorValues.Where(v => v.IndicatorId == test.Cases.Id).OrderBy(v => v.Numerator).ToListAsync();
        Assert.Equal([null, 25.0], stored.Select(v => v.PublicValue));
        Assert.True(stored[0].IsSmallNumber);
    }

    [Fact]
    public void A_file_without_the_needed_columns_names_what_the_indicator_expects_and_the_indicator_it_seems_to_fit()
    {
        var indicator = new Indicator { Key = "sprache", Name = "Sprachförderbedarf", Kind = IndicatorKind.Ratio };
        var others = new[]
        {
            new Indicator { Key = "sgb2", Name = "SGB-II-Quote", Kind = IndicatorKind.Value },
            new Indicator { Key = "motorik", Name = "Motorik", Kind = IndicatorKind.Ratio },
        };

        var preview = IndicatorCsv.Check(CsvTable.Read("Stadtteil;Wert\nnord;3\n"), indicator, new DistrictLookup(),
            new Dictionary<(Guid, int), double>(), others);

        Assert.Equal(["1 Import.MissingColumn year", "1 Import.ColumnsForRatio Sprachförderbedarf", "1 Import.ColumnsFound district, value",
            "1 Import.SeemsFor „SGB-II-Quote“"], preview.Errors.Select(e => $"{e.Line} {e.Code} {e.Value}"));
    }
}
