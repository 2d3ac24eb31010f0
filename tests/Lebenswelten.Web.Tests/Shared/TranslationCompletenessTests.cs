using System.Text.RegularExpressions;
using System.Xml.Linq;
using Lebenswelten.Web.Features.Shared;

namespace Lebenswelten.Web.Tests.Shared;

/// <summary>
/// Issue 23: every text a resident can meet exists in Arabic, Ukrainian, Russian, Turkish and Leichte Sprache. The
/// resident-facing keys are found, not listed: every literal key of the pages marked in <see cref="ResidentLanguages"/>,
/// of their page models, of the layout and of the partials they render, plus the vocabularies those pages name through
/// a computed key (a category, a status). Staff text sets need German and English only (LocalizationTests).
/// </summary>
public sealed partial class TranslationCompletenessTests
{
    private static readonly string WebRoot = Path.Combine(RepositoryRoot.Path, "src/Lebenswelten.Web");
    private static readonly string Features = Path.Combine(WebRoot, "Features");

    /// <summary>Keys built at run time (<c>T[$"Category.{…}"]</c>) on resident pages, and the residents' navigation.</summary>
    private static readonly string[] Vocabularies =
    [
        "Category.", "Kind.", "TargetGroup.", "Weekday.", "LanguageName.", "Catalogue.Field.", "Accessibility.",
        "Certification.", "Mine.Status.", "Export.Status.", "Register.Sex.", "ConsentTitle.", "Consent.", "Role.",
        "Voucher.Status.", "Voucher.Channel.", "Error.", "AuditAction.", "Language.",
        "Nav.Home", "Nav.Offerings", "Nav.Sites", "Nav.MyRegistrations", "Nav.MyAppointments", "Nav.Telemedicine", "Nav.Map",
    ];

    public static TheoryData<string> ResidentLanguages() => new(Localization.ResidentOnlyCultures);

    [Theory]
    [MemberData(nameof(ResidentLanguages))]
    public void Every_resident_facing_text_is_translated_with_the_same_placeholders(string language)
    {
        var missing = new List<string>();
        var wrong = new List<string>();
        foreach (var (set, german) in TextSets())
        {
            var file = set.Replace(".resx", $".{language}.resx", StringComparison.Ordinal);
            var translated = File.Exists(file) ? Strings(file) : [];
            missing.AddRange(german.Keys.Where(ResidentKeys.Contains).Where(key => !translated.ContainsKey(key))
                .Select(key => $"{Path.GetFileName(file)}: {key}"));
            wrong.AddRange(translated.Where(pair => !german.ContainsKey(pair.Key)).Select(pair => $"{pair.Key} is not a German key"));
            wrong.AddRange(translated.Where(pair => german.TryGetValue(pair.Key, out var source)
                    && (string.IsNullOrWhiteSpace(pair.Value) || !Placeholders(source).SetEquals(Placeholders(pair.Value))))
                .Select(pair => $"{pair.Key}: placeholders differ from German or empty"));
        }
        Assert.True(missing.Count == 0, $"{missing.Count} resident-facing texts lack {language}:\n" + string.Join("\n", missing.Take(40)));
        Assert.Empty(wrong);
    }

    [Fact]
    public void The_resident_facing_keys_are_found_in_the_pages_the_issue_names()
    {
        // A guard for the finder itself: it sees the catalogue, the registration, telemedicine, voucher, account and my data.
        Assert.Contains("Catalogue.SearchLabel", ResidentKeys);
        Assert.Contains("Register.Submit", ResidentKeys);
        Assert.Contains("Telemedicine.Form.Submit", ResidentKeys);
        Assert.Contains("Voucher.Title", ResidentKeys);
        Assert.Contains("SignUp.Submit", ResidentKeys);
        Assert.Contains("MyData.Title", ResidentKeys);
        Assert.Contains("Layout.SkipLink", ResidentKeys);
        Assert.True(ResidentKeys.Count > 500, $"only {ResidentKeys.Count} keys found");
    }

    private static readonly Lazy<HashSet<string>> Keys = new(FindResidentKeys);
    private static HashSet<string> ResidentKeys => Keys.Value;

    private static HashSet<string> FindResidentKeys()
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        var pages = Lebenswelten.Web.Features.Shared.ResidentLanguages.Folders
            .SelectMany(folder => Directory.GetFiles(Features + folder, "*.cshtml"))
            .Concat(Lebenswelten.Web.Features.Shared.ResidentLanguages.Pages.Select(page => Features + page + ".cshtml"))
            .Append(Path.Combine(Features, "Shared/_Layout.cshtml"));
        foreach (var page in pages)
        {
            Collect(page, files);
        }
        var all = TextSets().SelectMany(set => set.German.Keys).ToHashSet(StringComparer.Ordinal);
        var literal = files.SelectMany(file => LiteralKey().Matches(File.ReadAllText(file)).Select(match => match.Groups[1].Value));
        return [.. literal.Where(all.Contains), .. all.Where(key => Vocabularies.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal)))];
    }

    /// <summary>A page, its model and every partial it renders (same folder, the parent folder, then Shared), once each.</summary>
    private static void Collect(string page, HashSet<string> files)
    {
        if (!File.Exists(page) || !files.Add(page))
        {
            return;
        }
        if (File.Exists(page + ".cs"))
        {
            files.Add(page + ".cs");
        }
        // Form models shared by resident pages (name, e-mail, phone).
        files.Add(Path.Combine(Features, "Shared/ContactInput.cs"));
        var folder = Path.GetDirectoryName(page)!;
        foreach (Match partial in PartialName().Matches(File.ReadAllText(page)))
        {
            var name = partial.Groups[1].Value + ".cshtml";
            var found = new[] { folder, Path.GetDirectoryName(folder)!, Path.Combine(Features, "Shared") }
                .Select(place => Path.Combine(place, name)).FirstOrDefault(File.Exists);
            if (found is not null)
            {
                Collect(found, files);
            }
        }
    }

    private static IEnumerable<(string File, Dictionary<string, string> German)> TextSets() =>
        LocalizationTests.TextSets().Select(row => Path.Combine(WebRoot, row.Data)).Select(file => (file, Strings(file)));

    private static Dictionary<string, string> Strings(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(match => match.Value)];

    /// <summary><c>T["…"]</c> in pages and code, and the labels and messages of form models (<c>[Display(Name = "…")]</c>).</summary>
    [GeneratedRegex(@"(?:\b(?:T|Text|text)\[|\b(?:Name|ErrorMessage) = )""([A-Za-z][A-Za-z0-9_.]*)""")]
    private static partial Regex LiteralKey();

    [GeneratedRegex(@"<partial name=""(_\w+)""")]
    private static partial Regex PartialName();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
