namespace Lebenswelten.Core.Common;

/// <summary>
/// The languages a resident can be written to in (issue 23): German, English, Arabic, Ukrainian, Russian, Turkish and
/// Leichte Sprache ("de-XL", see the web's Localization). A registration or appointment keeps the one the person used,
/// so that mails and calendar files reach them in it.
/// </summary>
public static class ResidentLanguage
{
    public const string EasyGerman = "de-XL";

    public static readonly IReadOnlyList<string> All = ["de", "en", "ar", "uk", "ru", "tr", EasyGerman];

    /// <summary>A known language as it is, anything else German.</summary>
    public static string Of(string? language) => language is not null && All.Contains(language) ? language : "de";

    /// <summary>A per-language text table's entry for the language, the German one for anything it does not know.</summary>
    public static T Pick<T>(IReadOnlyDictionary<string, T> table, string? language) =>
        table.TryGetValue(Of(language), out var text) ? text : table["de"];
}
