using System.Text.RegularExpressions;

namespace Lebenswelten.Web.Tests.Architecture;

/// <summary>
/// Views named by path are strings the compiler does not check: a moved partial fails only when a page renders it. These
/// tests read every view and every source file of the web project, so that a move that leaves a path behind fails here.
/// </summary>
public sealed partial class ViewPathTests
{
    private static readonly string WebRoot = Path.Combine(RepositoryRoot.Path, "src/Lebenswelten.Web");

    [Fact]
    public void Every_view_named_by_its_path_exists()
    {
        var missing = References().Where(r => !File.Exists(Path.Combine(WebRoot, r.Path.TrimStart('/')))).ToList();

        Assert.True(missing.Count == 0, "Views named by a path that does not exist: "
            + string.Join(", ", missing.Select(m => $"{m.Path} (in {m.File})")));
    }

    /// <summary>The rule of ArchitectureTests for views: a feature renders its own partials, Shared's and Identity's.</summary>
    [Fact]
    public void A_feature_renders_no_other_features_partials()
    {
        var borrowed = References()
            .Select(r => (r.File, r.Path, From: FeatureOf(r.File), To: FeatureOf(r.Path.TrimStart('/'))))
            .Where(r => r.From is not null && r.To is not null && r.From != r.To && !Modules.WebFoundation.Contains(r.To))
            .ToList();

        Assert.True(borrowed.Count == 0, "Partials of another feature: "
            + string.Join(", ", borrowed.Select(b => $"{b.Path} (in {b.File})")));
    }

    private static IEnumerable<(string File, string Path)> References() =>
        Directory.EnumerateFiles(WebRoot, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => ViewPath().Matches(File.ReadAllText(f))
                .Select(m => (Path.GetRelativePath(WebRoot, f).Replace('\\', '/'), m.Value)));

    private static string? FeatureOf(string path) =>
        path.StartsWith("Features/", StringComparison.Ordinal) ? path.Split('/')[1] : null;

    [GeneratedRegex(@"/Features/[A-Za-z0-9_/]+\.cshtml")]
    private static partial Regex ViewPath();
}
