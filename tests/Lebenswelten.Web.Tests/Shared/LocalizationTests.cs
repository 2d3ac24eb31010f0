using System.Net;
using System.Xml.Linq;
using Lebenswelten.Web.Features.Shared.Texts;

namespace Lebenswelten.Web.Tests.Shared;

public sealed class LocalizationTests(AppHosts hosts)
{
    private static readonly string WebRoot = Path.Combine(RepositoryRoot.Path, "src/Lebenswelten.Web");

    private static Dictionary<string, string> Strings(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    /// <summary>Every capability's German resource file, found on disk so that a new capability is covered without editing this test.</summary>
    public static TheoryData<string> TextSets() =>
        new(Directory.GetFiles(WebRoot, "*Resource.resx", SearchOption.AllDirectories)
            .Where(file => !file.Contains("/obj/") && !file.Contains("/bin/"))
            .Select(file => Path.GetRelativePath(WebRoot, file)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(TextSets))]
    public void English_has_every_German_string_and_no_other(string germanFile)
    {
        var german = Strings(Path.Combine(WebRoot, germanFile));
        var english = Strings(Path.Combine(WebRoot, Path.ChangeExtension(germanFile, ".en.resx")));

        Assert.Equal(german.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        Assert.All(english, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
        Assert.All(german, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
    }

    [Fact]
    public void Each_text_has_one_owner_and_each_set_its_marker_beside_it()
    {
        var files = TextSets().Select(row => row.Data).ToList();
        var owners = files.SelectMany(file => Strings(Path.Combine(WebRoot, file)).Keys.Select(key => (key, file)))
            .GroupBy(pair => pair.key).Where(group => group.Count() > 1)
            .Select(group => $"{group.Key}: {string.Join(", ", group.Select(pair => pair.file))}");
        Assert.Empty(owners);

        var markers = TextSetLocalizerFactory.Sets
            .Select(type => type.FullName!["Lebenswelten.Web.".Length..].Replace('.', '/') + ".resx").Order(StringComparer.Ordinal);
        Assert.Equal(files, markers);
    }

    /// <summary>
    /// Every text a page or class asks for by a literal key (<c>T["…"]</c>, <c>Text["…"]</c>, <c>text["…"]</c>) exists in
    /// some text set: a missing key shows the key itself to the reader, and merges of resource files have lost keys before.
    /// </summary>
    [Fact]
    public void Every_literal_text_key_in_pages_and_code_exists()
    {
        var keys = TextSets().SelectMany(row => Strings(Path.Combine(WebRoot, row.Data)).Keys).ToHashSet(StringComparer.Ordinal);
        var literal = new System.Text.RegularExpressions.Regex(@"\b(?:T|Text|text)\[""([A-Za-z][A-Za-z0-9_.]*)""");
        var missing = Directory.GetFiles(WebRoot, "*.*", SearchOption.AllDirectories)
            .Where(file => (file.EndsWith(".cshtml", StringComparison.Ordinal) || file.EndsWith(".cs", StringComparison.Ordinal))
                && !file.Contains("/obj/") && !file.Contains("/bin/"))
            .SelectMany(file => literal.Matches(File.ReadAllText(file))
                .Select(match => match.Groups[1].Value).Where(key => !keys.Contains(key))
                .Select(key => $"{Path.GetRelativePath(WebRoot, file)}: {key}"))
            .Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public async Task Pages_speak_German_by_default_and_English_on_request_which_is_remembered()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        using var client = host.Client();

        var german = await client.GetStringAsync("/");
        Assert.Contains("<html lang=\"de\" dir=\"ltr\">", german);
        Assert.Contains("Gesund leben, wo Sie wohnen", german);

        var english = await client.GetStringAsync("/?culture=en");
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", english);
        Assert.Contains("Healthy living where you live", english);

        var remembered = await client.GetStringAsync("/standorte");
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", remembered);
    }

    [Fact]
    public async Task An_unknown_language_falls_back_to_German()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        using var client = host.Client();

        var page = await client.GetStringAsync("/?culture=xx");

        Assert.Contains("<html lang=\"de\" dir=\"ltr\">", page);
    }
}
