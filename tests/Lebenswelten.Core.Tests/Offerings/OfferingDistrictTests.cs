using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Core.Tests.Offerings;

public sealed class OfferingDistrictTests
{
    // Two neighbouring squares of a tenth of a degree: west 11.5–11.6, east 11.6–11.7 (longitude), 50.9–51.0 (latitude).
    private static string Square(double west) => FormattableString.Invariant($$"""
        {"type":"Polygon","coordinates":[[[{{west}},50.9],[{{west + 0.1}},50.9],
            [{{west + 0.1}},51.0],[{{west}},51.0],[{{west}},50.9]]]}
        """);

    [Theory]
    [BothProviders]
    public async Task An_offering_without_a_district_gets_the_one_its_coordinates_lie_in(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var west = await kit.AddDistrictAsync("Westviertel", boundaryGeoJson: Square(11.5));
        var east = await kit.AddDistrictAsync("Ostviertel", boundaryGeoJson: Square(11.6));

        var located = await kit.CreateOfferingAsync(kit.NewDraft() with { Latitude = 50.95, Longitude = 11.55 });
        var chosen = await kit.CreateOfferingAsync(kit.NewDraft() with { Latitude = 50.95, Longitude = 11.55, DistrictKey = east.Key });
        var outside = await kit.CreateOfferingAsync(kit.NewDraft() with { Latitude = 52.52, Longitude = 13.40 });

        Assert.Equal(west.Id, located.DistrictId);
        Assert.Equal(east.Id, chosen.DistrictId);
        Assert.Null(outside.DistrictId);
        Assert.Contains("westviertel", located.SearchText, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Importing_boundaries_places_the_offerings_entered_before_them(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        await kit.AddDistrictAsync("Westviertel");
        var early = await kit.CreateOfferingAsync(kit.NewDraft() with { Latitude = 50.95, Longitude = 11.55 });
        Assert.Null(early.DistrictId);

        await using var db = kit.Database.CreateContext();
        var result = await new DistrictImport(db, [new OfferingDistricts(db)]).ImportBoundariesAsync(kit.Site.Id,
            $$"""
            {"type":"FeatureCollection","features":[
                {"type":"Feature","properties":{"name":"Westviertel"},"geometry":{{Square(11.5)}}}]}
            """);

        Assert.Equal((0, 1, 1), (result.Created, result.Updated, result.OfferingsAssigned));
        var placed = await db.Offerings.AsNoTracking().SingleAsync(o => o.Id == early.Id);
        Assert.NotNull(placed.DistrictId);
        Assert.Contains("westviertel", placed.SearchText, StringComparison.Ordinal);
        Assert.Equal(0, await new OfferingDistricts(db).AssignMissingAsync(kit.Site.Id));
    }

    [Fact]
    public void The_distance_to_a_district_is_in_metres_and_zero_inside()
    {
        var district = new Core.Sites.District { Key = "west", Name = "Westviertel", BoundaryGeoJson = Square(11.5) };
        var locator = new DistrictLocator([district]);
        // 500 m east of the eastern edge at 50.95° N, by the haversine formula's metres per degree of longitude there.
        var degrees = 500 / (6_371_008.8 * Math.PI / 180 * Math.Cos(50.95 * Math.PI / 180));

        Assert.Equal(0, locator.MetresTo(district, 50.95, 11.55));
        Assert.InRange(locator.MetresTo(district, 50.95, 11.6 + degrees)!.Value, 499, 501);
        Assert.InRange(locator.MetresTo(district, 51.0 + 1000 / 111_195.0, 11.55)!.Value, 999, 1001);
        Assert.Null(locator.MetresTo(new Core.Sites.District { Key = "x", Name = "ohne Grenze" }, 50.95, 11.55));
    }
}
