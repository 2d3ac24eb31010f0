using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Core.Tests.Needs;

public sealed class PopulationAndGisdTests
{
    [Theory]
    [BothProviders]
    public async Task Residents_by_age_band_and_sex_are_checked_stored_and_small_groups_held_back(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var test = await NeedsTestSite.CreateAsync(db);
        var import = new PopulationImport(db);

        var broken = await import.ImportAsync(test.Site.Id, "district,year,residents,age_band,sex\nnord,2023,120,0-5,w\nnord,2023,80,alt,m\nnord,2023,3,65+,x\n");
        var clean = await import.ImportAsync(test.Site.Id,
            "Stadtteil;Jahr;Einwohner;Altersgruppe;Geschlecht\nnord;2023;2400;;\nnord;2023;120;0–5;w\nnord;2023;118;0-5;m\nnord;2023;3;65+;d\nnord;2023;700;65+;weiblich\n");

        Assert.Equal(["3 Import.BadAgeBand alt", "4 Import.BadSex x"], broken.Errors.Select(e => $"{e.Line} {e.Code} {e.Value}"));
        Assert.True(clean.Succeeded);
        var district = await db.Districts.SingleAsync(d => d.Id == test.Districts[0].Id);
        Assert.Equal((2400, 2023), (district.Population, district.PopulationYear));
        var breakdown = (await new NeedsDirectory(db).PopulationBreakdownAsync(district.Id))!;
        Assert.Equal(["0-5", "65+"], breakdown.AgeBands);
        Assert.Equal(["f", "m", "d"], breakdown.Sexes);
        Assert.Equal(("120", "< 5", null), (breakdown.Shown("0-5", "f"), breakdown.Shown("65+", "d"), breakdown.Shown("0-5", "d")));
    }

    [Fact]
    public void The_gisd_of_a_citys_postcode_areas_comes_from_the_rki_plz4_file()
    {
        var jena = Assert.Single(GisdPostcodeAreas.ForCity("Jena"));
        var leipzig = GisdPostcodeAreas.ForCity("Leipzig");

        // RKI GISD 2025 v1.0, PLZ4 774 (07743–07749) in 2021: 0.34615, quintile 1.
        Assert.Equal(("0774", 2021, 0.34615, 1), (jena.Area, jena.Year, jena.Score, jena.Quintile));
        Assert.Equal(["07743", "07745", "07747", "07749"], jena.Postcodes);
        Assert.Equal(14, leipzig.Count);
        Assert.All(leipzig, a => Assert.Equal(4, a.Quintile));
        Assert.Empty(GisdPostcodeAreas.ForCity("Atlantis"));
    }
}
