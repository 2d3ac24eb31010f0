namespace Lebenswelten.Web.Features.Shared;

/// <summary>Each language named in itself, as its readers look for it in the language menu (issue 23).</summary>
public static class LanguageNames
{
    private static readonly Dictionary<string, string> Names = new()
    {
        ["de"] = "Deutsch",
        ["en"] = "English",
        ["ar"] = "العربية",
        ["uk"] = "Українська",
        ["ru"] = "Русский",
        ["tr"] = "Türkçe",
        [Localization.EasyGerman] = "Leichte Sprache",
    };

    public static string Of(string culture) => Names.GetValueOrDefault(culture, culture);
}
