using System.Text;
using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Core.Tests.Needs;

/// <summary>The files German offices really have: Excel's CSV in Windows-1252, UTF-8 with or without BOM, ";" or ",".</summary>
public sealed class UploadedCsvTests
{
    /// <summary>Real files (Needs/Files), saved as each program saves them.</summary>
    public static TheoryData<string> Files() => new()
    {
        "excel-windows-1252.csv", // Excel "CSV (Trennzeichen-getrennt)" on a German Windows: Windows-1252, ";", decimal commas, CRLF
        "excel-utf8-bom.csv", // Excel "CSV UTF-8": a byte order mark first
        "libreoffice-utf8-comma.csv", // UTF-8 without a mark, commas, decimal points
        "excel-sep-line.csv", // Excel's "sep=;" line first
    };

    public static byte[] File(string name) => System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Needs", "Files", name));

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_office_file_reads_with_its_umlauts_and_numbers(string kind)
    {
        var csv = CsvTable.Read(File(kind));

        Assert.True(csv.Has("district") && csv.Has("year") && csv.Has("value"), kind);
        Assert.Equal(["Lobeda-Ost", "Göschwitz", "Löbstedt"], csv.Lines.Select(l => l.Get("district")));
        Assert.Equal([12.5, 7, 3.25], csv.Lines.Select(l => csv.TryNumber(l.Get("value"), out var n) ? n : double.NaN));
        Assert.Equal(kind == "excel-sep-line.csv" ? [3, 4, 5] : [2, 3, 4], csv.Lines.Select(l => l.Line));
    }

    [Fact]
    public void Windows_1252_characters_outside_latin_1_come_through()
    {
        var text = UploadedText.Decode(Bytes(UploadedText.Windows1252, "„Kosten“ – 5 €"));

        Assert.Equal("„Kosten“ – 5 €", text);
    }

    [Theory]
    [InlineData("Stadtteil;Jahr;Wert", ';')]
    [InlineData("district,year,value", ',')]
    [InlineData("district\tyear\tvalue", '\t')]
    [InlineData("Stadtteil", ';')]
    public void The_separator_is_the_one_the_header_uses(string header, char separator) =>
        Assert.Equal(separator, CsvTable.Separator(header + "\n1;2,3\n").Separator);

    [Theory]
    [BothProviders]
    public async Task A_windows_1252_file_imports_district_names_with_umlauts(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var test = await NeedsTestSite.CreateAsync(db);
        var import = new IndicatorImport(db, TimeProvider.System);
        var file = Bytes(UploadedText.Windows1252, "Stadtteil;Jahr;Wert\r\nSüdviertel;2024;12,5\r\n");
        Assert.Equal(0xFC, file[22]); // "ü" as the one byte Excel writes

        var preview = (await import.CommitAsync(test.Site.Id, test.Rate.Id, UploadedText.Decode(file), "tester")).Value!;

        Assert.Empty(preview.Errors);
        var stored = await db.IndicatorValues.SingleAsync(v => v.IndicatorId == test.Rate.Id);
        Assert.Equal((test.Districts[2].Id, 12.5), (stored.DistrictId, stored.Value));
    }

    [Fact]
    public void A_template_names_the_columns_and_every_district_and_its_unfilled_lines_are_skipped()
    {
        var template = IndicatorCsv.Template(IndicatorKind.Ratio, ["Göschwitz", "Jena; Süd"], 2025);
        var filled = template.Replace("Göschwitz;2025;;", "Göschwitz;2025;12;80", StringComparison.Ordinal);
        var indicator = new Indicator { Key = "k", Name = "k", Kind = IndicatorKind.Ratio };
        var districts = new DistrictLookup();

        var empty = IndicatorCsv.Check(CsvTable.Read(template), indicator, districts, new Dictionary<(Guid, int), double>());
        var one = IndicatorCsv.Check(CsvTable.Read(filled), indicator, districts, new Dictionary<(Guid, int), double>());

        Assert.Equal("Stadtteil;Jahr;Zähler;Nenner\r\nGöschwitz;2025;;\r\n\"Jena; Süd\";2025;;\r\n", template);
        Assert.Equal(["1 Import.Empty"], empty.Errors.Select(e => $"{e.Line} {e.Code}"));
        Assert.Equal(["2 Import.UnknownDistrict"], one.Errors.Select(e => $"{e.Line} {e.Code}"));
    }

    private static byte[] Bytes(Encoding encoding, string text) => encoding.GetBytes(text);
}
