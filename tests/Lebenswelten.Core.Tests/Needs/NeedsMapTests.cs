using Lebenswelten.Core.Needs;

namespace Lebenswelten.Core.Tests.Needs;

public sealed class NeedsMapTests
{
    [Fact]
    public void A_figure_on_a_class_edge_falls_in_exactly_one_class_of_the_legend_the_lower_one()
    {
        var breaks = NeedsMap.Quantiles([10, 20, 20, 30, 40, 50, 60, 70, 80, 90]);
        var map = new NeedsMap(null, null, [], breaks, []);

        foreach (var edge in breaks)
        {
            foreach (var figure in new[] { edge - 0.001, edge, edge + 0.001 })
            {
                var holding = map.Classes.Where(c => (c.Above is null || figure > c.Above) && (c.UpTo is null || figure <= c.UpTo)).ToList();
                Assert.Equal(NeedsMap.ClassOf(figure, breaks), Assert.Single(holding).Class);
            }
        }
        Assert.Equal([20.0, 30, 50, 70], breaks);
        Assert.Equal(2, NeedsMap.ClassOf(30, breaks));
        Assert.Equal(3, NeedsMap.ClassOf(30.001, breaks));
        Assert.Equal(new (int, double?, double?)[] { (1, null, 20), (2, 20, 30), (3, 30, 50), (4, 50, 70), (5, 70, null) },
            map.Classes.Select(c => (c.Class, c.Above, c.UpTo)));
    }
}
