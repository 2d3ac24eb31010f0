using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Lebenswelten.Core.Surveys;

/// <summary>
/// A text in several languages, keyed by culture name ("de", "en", "ar", "uk", "de-XL" for Leichte Sprache, as the resident pages name it…). Stored as
/// one JSON column, so a language the platform adds later needs no migration. German is required and the fallback.
/// </summary>
public sealed partial class LocalizedText
{
    public const string Fallback = "de";
    public const int MaxCultureLength = 20;

    public Dictionary<string, string> Values { get; init; } = [];

    public string De => Values.GetValueOrDefault(Fallback, "");

    /// <summary>The text in <paramref name="culture"/>, its parent language ("uk" for "uk-UA"), or German.</summary>
    public string In(CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (Values.TryGetValue(c.Name, out var text) && text.Length > 0)
            {
                return text;
            }
        }
        return De;
    }

    public string InCurrent => In(CultureInfo.CurrentUICulture);

    /// <summary>Trimmed, empty languages dropped; null when a culture name is not one.</summary>
    public static LocalizedText? Of(IReadOnlyDictionary<string, string?>? values)
    {
        var text = new LocalizedText();
        foreach (var (culture, value) in values ?? new Dictionary<string, string?>())
        {
            if (!IsCultureName(culture))
            {
                return null;
            }
            if (!string.IsNullOrWhiteSpace(value))
            {
                text.Values[culture] = value.Trim();
            }
        }
        return text;
    }

    public static LocalizedText German(string text) => new() { Values = { [Fallback] = text } };

    public static bool IsCultureName(string? name) => name is { Length: > 0 and <= MaxCultureLength } && CultureName().IsMatch(name);

    public int LongestText => Values.Count == 0 ? 0 : Values.Values.Max(v => v.Length);

    public string ToJson() => JsonSerializer.Serialize(Values);

    public static LocalizedText FromJson(string json) =>
        new() { Values = JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [] };

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex CultureName();
}
