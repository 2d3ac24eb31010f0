using System.Reflection;
using NetArchTest.Rules;

namespace Lebenswelten.Web.Tests.Architecture;

/// <summary>
/// The modules as the assemblies show them: every top-level folder of Core, and every folder of Web's Features, is
/// one. Read from the compiled types, so that a new capability is covered without editing the tests.
/// </summary>
public static class Modules
{
    public const string CoreRoot = "Lebenswelten.Core";
    public const string FeaturesRoot = "Lebenswelten.Web.Features";

    public static readonly Assembly Core = typeof(LebensweltenDbContext).Assembly;
    public static readonly Assembly Web = typeof(Program).Assembly;

    /// <summary>Core's shared pieces and its composition (the DbContext sees every entity, the demo seeds every module).</summary>
    public static readonly string[] CoreFoundation = ["Common", "Data", "Demo"];

    /// <summary>Web's shared pieces: the layout, the shared helpers, and the sign-in and role policies every page names.</summary>
    public static readonly string[] WebFoundation = ["Shared", "Identity"];

    public static IReadOnlyList<string> CoreCapabilities() => Below(Core, CoreRoot).Except(CoreFoundation).ToList();

    public static IReadOnlyList<string> WebFeatures() => Below(Web, FeaturesRoot).ToList();

    /// <summary>An edge from A to B for every module A with a type that uses a type of module B.</summary>
    public static DependencyGraph Graph(Assembly assembly, string root, IReadOnlyList<string> modules) =>
        new(modules.ToDictionary(from => from, from => (IReadOnlySet<string>)modules
            .Where(to => to != from && Uses(assembly, $"{root}.{from}", $"{root}.{to}")).ToHashSet()));

    public static bool Uses(Assembly assembly, string fromNamespace, string toNamespace) =>
        !Types.InAssembly(assembly).That().ResideInNamespaceMatching(Modules.Within(fromNamespace))
            .Should().NotHaveDependencyOnAny(toNamespace).GetResult().IsSuccessful;

    /// <summary>A pattern for the namespace and everything below it.</summary>
    public static string Within(string ns) => $"^{System.Text.RegularExpressions.Regex.Escape(ns)}(\\..*)?$";

    private static IEnumerable<string> Below(Assembly assembly, string root) =>
        assembly.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(ns => ns.StartsWith(root + ".", StringComparison.Ordinal))
            .Select(ns => ns[(root.Length + 1)..].Split('.')[0]).Distinct().Order(StringComparer.Ordinal);
}
