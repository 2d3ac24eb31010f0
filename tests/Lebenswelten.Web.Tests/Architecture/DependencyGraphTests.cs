namespace Lebenswelten.Web.Tests.Architecture;

/// <summary>The test of the architecture test: a cycle put back is found, a clean graph passes.</summary>
public sealed class DependencyGraphTests
{
    private static DependencyGraph Of(params (string From, string To)[] edges) =>
        new(edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(e => e.To).ToHashSet()));

    [Fact]
    public void A_capability_that_calls_back_into_its_caller_is_a_cycle()
    {
        var graph = Of(("Privacy", "Identity"), ("Offerings", "Privacy"), ("Privacy", "Offerings"));

        Assert.Equal(["Offerings", "Privacy", "Offerings"], graph.FindCycle());
    }

    [Fact]
    public void A_longer_circle_is_named_in_order()
    {
        var graph = Of(("Needs", "Sites"), ("Sites", "Offerings"), ("Offerings", "Needs"));

        Assert.Equal(["Needs", "Sites", "Offerings", "Needs"], graph.FindCycle());
    }

    [Fact]
    public void Dependencies_in_one_direction_are_no_cycle()
    {
        var graph = Of(("Offerings", "Sites"), ("Telemedicine", "Sites"), ("Offerings", "Privacy"), ("Telemedicine", "Privacy"));

        Assert.Null(graph.FindCycle());
    }

    [Fact]
    public void The_real_core_shows_its_cycle_when_one_is_put_back()
    {
        // Put back the edge the issue found (Privacy's erasure calling into Offerings) on top of the real graph.
        var real = Modules.Graph(Modules.Core, Modules.CoreRoot, Modules.CoreCapabilities());
        var edges = real.Edges.ToDictionary(e => e.Key, e => (IReadOnlySet<string>)e.Value.ToHashSet());
        edges["Privacy"] = edges["Privacy"].Append("Offerings").ToHashSet();
        edges["Offerings"] = edges["Offerings"].Append("Privacy").ToHashSet();

        Assert.NotNull(new DependencyGraph(edges).FindCycle());
    }
}
