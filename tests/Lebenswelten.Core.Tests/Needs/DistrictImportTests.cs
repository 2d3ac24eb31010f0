using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Demo;
using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Core.Tests.Needs;

public sealed class DistrictImportTests
{
    private const string Square = """{"type":"Polygon","coordinates":[[[11.5,50.9],[11.6,50.9],[11.6,51.0],[11.5,51.0],[11.5,50.9]]]}""";

    [Theory]
    [InlineData("""{"type":"Polygon","coordinates":[[[11.5,50.9],[11.6,50.9],[11.6,51.0],[11.5,51.0]]]}""", "Import.RingNotClosed")]
    [InlineData("""{"type":"Polygon","coordinates":[[[11.5,50.9],[11.6,50.9],[11.6,51.0],[11.5,50.9]],[[1,2]]]}""", "Import.RingTooShort")]
    [InlineData("""{"type":"Polygon","coordinates":[[[4500000,5600000],[4500100,5600000],[4500100,5600100],[4500000,5600000]]]}""", "Import.NotWgs84")]
    [InlineData("""{"type":"Polygon","coordinates":[[[11.5,50.9],[11.6,51.0],[11.6,50.9],[11.5,51.0],[11.5,50.9]]]}""", "Import.InvalidGeometry")]
    [InlineData("""{"type":"Point","coordinates":[11.5,50.9]}""", "Import.NotAPolygon")]
    public void Broken_boundaries_are_refused_with_the_feature_number(string geometry, string code)
    {
        var file = Collection(("Gut", Square), ("Kaputt", geometry));

        var (features, errors) = DistrictImport.ReadFeatures(file);

        var error = Assert.Single(errors);
        Assert.Equal((2, code), (error.Line, error.Code));
        Assert.StartsWith("Kaputt", error.Value, StringComparison.Ordinal);
        Assert.Single(features);
    }

    [Fact]
    public void The_real_boundaries_are_valid_and_find_the_district_of_a_coordinate()
    {
        var leipzig = DemoDistricts.For("leipzig", Guid.NewGuid());

        Assert.All(leipzig, d => Assert.Null(DistrictGeometry.Check(System.Text.Json.JsonDocument.Parse(d.BoundaryGeoJson!).RootElement, 1)));
        // Leipzig's Augustusplatz lies in the Ortsteil Zentrum (00); Connewitz's Kreuz in Connewitz.
        var locator = new DistrictLocator(leipzig);
        Assert.Equal("00", locator.At(51.3397, 12.3810)?.Key);
        Assert.Equal("Connewitz", locator.At(51.3104, 12.3775)?.Name);
        Assert.Null(locator.At(52.52, 13.40));
    }

    [Theory]
    [BothProviders]
    public async Task Importing_boundaries_updates_known_districts_and_adds_new_ones(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var test = await NeedsTestSite.CreateAsync(db);
        var import = new DistrictImport(db, [new Lebenswelten.Core.Offerings.OfferingDistricts(db)]);

        var broken = await import.ImportBoundariesAsync(test.Site.Id, Collection(("Mitte", Square), ("Neustadt", """{"type":"Polygon"}""")));
        var result = await import.ImportBoundariesAsync(test.Site.Id, Collection(("Mitte", Square), ("Neustadt", Square)));

        Assert.Equal((2, "Import.NotAPolygon"), (broken.Errors[0].Line, broken.Errors[0].Code));
        Assert.Equal((1, 1), (result.Created, result.Updated));
        var districts = await db.Districts.AsNoTracking().Where(d => d.SiteId == test.Site.Id).ToListAsync();
        Assert.Equal(4, districts.Count);
        Assert.NotNull(districts.Single(d => d.Key == "mitte").BoundaryGeoJson);
        Assert.Equal("neustadt", districts.Single(d => d.Name == "Neustadt").Key);
    }

    [Theory]
    [BothProviders]
    public async Task Population_comes_from_csv_all_rows_or_none(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var test = await NeedsTestSite.CreateAsync(db);
        var import = new PopulationImport(db);

        var broken = await import.ImportAsync(test.Site.Id, "district,year,residents\nnord,2022,4000\nmitte,2022,-3\n");
        var result = await import.ImportAsync(test.Site.Id, "district,year,residents\nnord,2022,4000\nnord,2023,4100\n");

        Assert.Equal("3 Import.NotACount", $"{broken.Errors[0].Line} {broken.Errors[0].Code}");
        Assert.Equal(2, result.Created);
        var nord = await db.Districts.AsNoTracking().SingleAsync(d => d.Id == test.Districts[0].Id);
        Assert.Equal((4100, 2023), (nord.Population, nord.PopulationYear));
    }

    [Theory]
    [BothProviders]
    public async Task A_preview_shows_what_boundaries_and_residents_would_change_and_stores_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var test = await NeedsTestSite.CreateAsync(db);
        var population = new PopulationImport(db);
        await population.ImportAsync(test.Site.Id, "district,year,residents\nnord,2022,4000\n");
        var boundaries = new DistrictImport(db, [new Lebenswelten.Core.Offerings.OfferingDistricts(db)]);

        var shapes = await boundaries.PreviewBoundariesAsync(test.Site.Id, Collection(("Mitte", Square), ("Neustadt", Square)));
        var residents = await population.PreviewAsync(test.Site.Id, "Stadtteil;Jahr;Einwohner\nnord;2022;4100\nSüdviertel;2022;900\n");
        var broken = await population.PreviewAsync(test.Site.Id, "Stadtteil;Jahr;Einwohner\nAtlantis;2022;4100\n");

        Assert.Equal(["1 Mitte False", "2 Neustadt True"], shapes.Lines.Select(l => $"{l.Line} {l.District} {l.IsNew}"));
        Assert.Equal(["2 Nordviertel 2022 4100 4000 False", "3 Südviertel 2022 900  True"],
            residents.Lines.Select(l => $"{l.Line} {l.District} {l.Year} {l.Residents} {l.Previous} {l.IsNew}"));
        Assert.False(broken.CanCommit);
        Assert.Equal("2 Import.UnknownDistrict", $"{broken.Errors[0].Line} {broken.Errors[0].Code}");
        Assert.Equal(3, await db.Districts.CountAsync(d => d.SiteId == test.Site.Id));
        Assert.Equal(4000, (await db.DistrictPopulations.SingleAsync()).Residents);

        // Committed with its source, the site's page credits that office (and no other city's).
        await population.ImportAsync(test.Site.Id, "district,year,residents\nnord,2023,4100\n", default, "Stadt Teststadt, Statistik");
        Assert.Equal("Stadt Teststadt, Statistik", (await db.Sites.AsNoTracking().SingleAsync(s => s.Id == test.Site.Id)).PopulationSource);
    }

    private static string Collection(params (string Name, string Geometry)[] features) =>
        $$"""{"type":"FeatureCollection","features":[{{string.Join(",", features.Select(f => $$"""{"type":"Feature","properties":{"name":"{{f.Name}}"},"geometry":{{f.Geometry}}}"""))}}]}""";
}
