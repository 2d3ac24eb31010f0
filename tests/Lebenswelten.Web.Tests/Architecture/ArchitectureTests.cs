using NetArchTest.Rules;

namespace Lebenswelten.Web.Tests.Architecture;

/// <summary>The shape of the house (docs/dev/architecture.md), checked on the compiled code.</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void Core_knows_nothing_of_the_web_application()
    {
        var result = Types.InAssembly(Modules.Core).Should().NotHaveDependencyOnAny("Lebenswelten.Web").GetResult();

        Assert.True(result.IsSuccessful, Names(result));
    }

    /// <summary>Identity's user store and data protection are libraries Core may use; requests, routing and pages are not.</summary>
    [Fact]
    public void Core_uses_no_part_of_the_ASP_NET_web_stack()
    {
        var result = Types.InAssembly(Modules.Core).Should().NotHaveDependencyOnAny(
            "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Mvc", "Microsoft.AspNetCore.Routing", "Microsoft.AspNetCore.Builder",
            "Microsoft.AspNetCore.Authentication", "Microsoft.AspNetCore.Authorization", "Microsoft.AspNetCore.Razor").GetResult();

        Assert.True(result.IsSuccessful, Names(result));
    }

    /// <summary>Only the start-up (Web's Hosting: seed on request, refuse a demo in Production) may reach the demo.</summary>
    [Fact]
    public void Demo_code_is_used_by_no_production_code()
    {
        var core = Types.InAssembly(Modules.Core).That().DoNotResideInNamespaceMatching(Modules.Within($"{Modules.CoreRoot}.Demo"))
            .Should().NotHaveDependencyOnAny($"{Modules.CoreRoot}.Demo").GetResult();
        var features = Types.InAssembly(Modules.Web).That().ResideInNamespaceMatching(Modules.Within(Modules.FeaturesRoot))
            .Should().NotHaveDependencyOnAny($"{Modules.CoreRoot}.Demo").GetResult();

        Assert.True(core.IsSuccessful, Names(core));
        Assert.True(features.IsSuccessful, Names(features));
    }

    [Fact]
    public void Core_capabilities_use_each_other_in_one_direction_only()
    {
        var cycle = Modules.Graph(Modules.Core, Modules.CoreRoot, Modules.CoreCapabilities()).FindCycle();

        Assert.True(cycle is null, $"Core capabilities depend on each other in a circle: {string.Join(" → ", cycle ?? [])}");
    }

    /// <summary>A feature reaches another capability through Core's public services, never through its web parts.</summary>
    [Fact]
    public void Web_features_use_no_other_features_parts_but_the_shared_ones()
    {
        var features = Modules.WebFeatures();
        var borrowed = features.Except(Modules.WebFoundation).SelectMany(from => features
                .Where(to => to != from && !Modules.WebFoundation.Contains(to)
                    && Modules.Uses(Modules.Web, $"{Modules.FeaturesRoot}.{from}", $"{Modules.FeaturesRoot}.{to}"))
                .Select(to => $"{from} → {to}"))
            .ToList();

        Assert.True(borrowed.Count == 0, "Features using another feature's parts: " + string.Join(", ", borrowed));
    }

    [Fact]
    public void The_foundation_uses_no_capability()
    {
        var capabilities = Modules.WebFeatures().Except(Modules.WebFoundation).Select(f => $"{Modules.FeaturesRoot}.{f}").ToArray();
        var result = Types.InAssembly(Modules.Web).That().ResideInNamespaceMatching(Modules.Within($"{Modules.FeaturesRoot}.Shared"))
            .Should().NotHaveDependencyOnAny(capabilities).GetResult();

        Assert.True(result.IsSuccessful, Names(result));
    }

    private static string Names(NetArchTest.Rules.TestResult result) =>
        string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []);
}
