using System.Text.RegularExpressions;
using System.Xml.Linq;
using Lebenswelten.Web.Features.Shared;

namespace Lebenswelten.Web.Tests.Shared;

/// <summary>
/// Issue 23: every text a resident can meet exists in Arabic, Ukrainian, Russian, Turkish and Leichte Sprache. The
/// resident-facing keys are found, not listed: every literal key of the pages marked in <see cref="ResidentLanguages"/>,
/// of their page models, of the layout and of the partials they render, plus the vocabularies those pages name through
/// a computed key (a category, a status), and the problem and field-error texts those pages can show (see
/// <see cref="ProblemKeys"/>). Staff text sets need German and English only (LocalizationTests).
/// </summary>
public sealed partial class TranslationCompletenessTests
{
    private static readonly string WebRoot = Path.Combine(RepositoryRoot.Path, "src/Lebenswelten.Web");
    private static readonly string Features = Path.Combine(WebRoot, "Features");
    private static readonly string CoreRoot = Path.Combine(RepositoryRoot.Path, "src/Lebenswelten.Core");

    /// <summary>Keys built at run time (<c>T[$"Category.{…}"]</c>) on resident pages, and the residents' navigation.</summary>
    private static readonly string[] Vocabularies =
    [
        "Category.", "Kind.", "TargetGroup.", "Weekday.", "LanguageName.", "Catalogue.Field.", "Accessibility.",
        "Certification.", "Mine.Status.", "Export.Status.", "Register.Sex.", "ConsentTitle.", "Consent.", "Role.",
        "Voucher.Status.", "Voucher.Channel.", "Error.", "AuditAction.", "Language.", "IdeaStatus.", "IdeaAnswer.", "OrgKind.",
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
        // Errors of the services those pages call (registration, booking, voucher, sign-up's password rules, surveys, ideas)…
        Assert.Contains("Problem.Registration.Closed", ResidentKeys);
        Assert.Contains("Problem.Slot.Taken", ResidentKeys);
        Assert.Contains("Problem.Voucher.Expired", ResidentKeys);
        Assert.Contains("FieldError.PasswordTooShort", ResidentKeys);
        Assert.Contains("FieldError.InvalidPhone", ResidentKeys);
        Assert.Contains("Problem.Survey.NotOpen", ResidentKeys);
        Assert.Contains("Problem.Idea.AlreadySupported", ResidentKeys);
        Assert.Contains("Validation.Required", ResidentKeys);
        // …but not those of staff-only services (a network's meetings, a funding source).
        Assert.DoesNotContain("Problem.Meeting.NotFound", ResidentKeys);
        Assert.DoesNotContain("FieldError.GoalText", ResidentKeys);
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
        return
        [
            .. literal.Where(all.Contains), .. all.Where(key => Vocabularies.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal))),
            .. ProblemKeys(files.Where(file => file.EndsWith(".cs", StringComparison.Ordinal)), all),
        ];
    }

    /// <summary>
    /// A resident page shows <c>Problem.{code}</c> and <c>FieldError.{code}</c> for the codes of the services it calls.
    /// Those are found by following the parameter types of constructors and methods (the services a page model is given,
    /// the drafts it hands them) from the resident page models to the classes that declare them, in Core and Web, and on
    /// through those classes' own parameters and the static rules they call; every code literal there that names such a
    /// key counts. Always included: Core/Common (shared
    /// rules), Core/Identity (the password rules UserManager runs, registered rather than injected) and the shared form
    /// and problem plumbing in Features/Shared. Staff-only services (meetings, funding) stay out.
    /// </summary>
    private static IEnumerable<string> ProblemKeys(IEnumerable<string> pageModels, HashSet<string> all)
    {
        var sources = Directory.GetFiles(CoreRoot, "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(WebRoot, "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains("/obj/") && !file.Contains("/bin/"))
            .ToDictionary(file => file, File.ReadAllText);
        var classes = Declared(sources, ClassName());
        var statics = Declared(sources, StaticClassName());
        IEnumerable<string> Used(string text) =>
            ParameterList().Matches(text).SelectMany(list => ParameterType().Matches(list.Groups[1].Value + ","))
                .Select(type => type.Groups[1].Value.Split('.')[^1]).SelectMany(name => classes[name])
                .Concat(StaticCall().Matches(text).SelectMany(call => statics[call.Groups[1].Value]));
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var frontier = new Queue<string>(pageModels.SelectMany(model => Used(sources.GetValueOrDefault(model) ?? File.ReadAllText(model))));
        while (frontier.TryDequeue(out var file))
        {
            if (reached.Add(file))
            {
                foreach (var next in Used(sources[file]))
                {
                    frontier.Enqueue(next);
                }
            }
        }
        var always = sources.Keys.Where(file => file.StartsWith(Path.Combine(CoreRoot, "Common") + "/", StringComparison.Ordinal)
            || file.StartsWith(Path.Combine(CoreRoot, "Identity") + "/", StringComparison.Ordinal)
            || file.StartsWith(Path.Combine(Features, "Shared") + "/", StringComparison.Ordinal));
        var codes = reached.Concat(always).Concat(pageModels)
            .SelectMany(file => CodeLiteral().Matches(sources.GetValueOrDefault(file) ?? File.ReadAllText(file)))
            .Select(match => match.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        return codes.SelectMany(code => new[] { $"Problem.{code}", $"FieldError.{code}" }).Where(all.Contains);
    }

    private static ILookup<string, string> Declared(Dictionary<string, string> sources, Regex declaration) =>
        sources.SelectMany(source => declaration.Matches(source.Value).Select(match => (Name: match.Groups[1].Value, File: source.Key)))
            .ToLookup(pair => pair.Name, pair => pair.File, StringComparer.Ordinal);

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

    [GeneratedRegex(@"\b(?:class|record(?:\s+struct)?|struct)\s+(\w+)")]
    private static partial Regex ClassName();

    [GeneratedRegex(@"\bstatic\s+(?:partial\s+)?class\s+(\w+)")]
    private static partial Regex StaticClassName();

    /// <summary>A parameter list (constructors and methods; <see cref="ParameterType"/> ignores the arguments of calls).</summary>
    [GeneratedRegex(@"\(([^()]*)\)")]
    private static partial Regex ParameterList();

    [GeneratedRegex(@"\b([A-Z][\w.]*)(?:<[^>]*>)?\??\s+\w+\s*,")]
    private static partial Regex ParameterType();

    [GeneratedRegex(@"\b([A-Z]\w+)\.[A-Z]")]
    private static partial Regex StaticCall();

    /// <summary>A string literal that looks like a problem code ("Slot.Taken", "Required").</summary>
    [GeneratedRegex(@"""([A-Z][A-Za-z]*(?:\.[A-Z][A-Za-z]*)*)""")]
    private static partial Regex CodeLiteral();

    [GeneratedRegex(@"<partial name=""(_\w+)""")]
    private static partial Regex PartialName();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
