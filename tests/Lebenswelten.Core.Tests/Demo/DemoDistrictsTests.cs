using Lebenswelten.Core.Demo;

namespace Lebenswelten.Core.Tests.Demo;

public sealed class DemoDistrictsTests
{
    [Theory]
    [InlineData("leipzig", 63)]
    [InlineData("chemnitz", 39)]
    [InlineData("jena", 30)]
    [InlineData("gera", 16)]
    [InlineData("weimar", 16)]
    public void Every_demo_site_has_its_districts_with_unique_keys(string site, int count)
    {
        var districts = DemoDistricts.For(site, Guid.NewGuid());

        Assert.Equal(count, districts.Count);
        Assert.Equal(count, districts.Select(d => d.Key).Distinct().Count());
        Assert.All(districts, d => Assert.InRange(d.Population ?? 0, 1, 200_000));
    }

    [Fact]
    public void Leipzig_has_real_residents_and_the_others_are_marked_as_sample_data()
    {
        var leipzig = DemoDistricts.For("leipzig", Guid.NewGuid());
        var zentrum = Assert.Single(leipzig, d => d.Name == "Zentrum");

        Assert.Equal("00", zentrum.Key);
        Assert.Equal(1854, zentrum.Population);
        Assert.False(zentrum.IsSampleData);
        Assert.All(DemoDistricts.For("gera", Guid.NewGuid()), d => Assert.True(d.IsSampleData));
        Assert.Contains(DemoDistricts.For("jena", Guid.NewGuid()), d => d.Name == "Neulobeda");
    }

    [Theory]
    [InlineData("Oberweimar/Ehringsdorf", "oberweimar-ehringsdorf")]
    [InlineData("Glösa-Draisdorf", "gloesa-draisdorf")]
    [InlineData("Kunitz / Laasan", "kunitz-laasan")]
    [InlineData("Schloßchemnitz", "schlosschemnitz")]
    public void Keys_are_readable_and_stable(string name, string key) => Assert.Equal(key, global::Lebenswelten.Core.Common.ReadableKeys.Of(name));
}
