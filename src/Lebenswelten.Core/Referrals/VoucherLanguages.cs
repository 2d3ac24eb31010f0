using Lebenswelten.Core.Common;

namespace Lebenswelten.Core.Referrals;

/// <summary>
/// The languages a voucher can be printed in: German, Leichte Sprache and the clients' most common languages
/// (issue 19), the same names the resident pages use (<see cref="ResidentLanguage"/>), so that a voucher asked for from a
/// Leichte Sprache page comes in Leichte Sprache.
/// </summary>
public static class VoucherLanguages
{
    /// <summary>Leichte Sprache, "de-XL" as on the resident pages (why not "de-x-ls": see the web's Localization).</summary>
    public const string EasyGerman = ResidentLanguage.EasyGerman;

    /// <summary>
    /// What vouchers issued before issue 23 stored for Leichte Sprache, and what API clients and bookmarked print links
    /// may still send: read as <see cref="EasyGerman"/>, never written again.
    /// </summary>
    public const string FormerEasyGerman = "de-x-ls";

    public static readonly IReadOnlyList<string> All = ["de", EasyGerman, "en", "ar", "uk", "ru", "tr"];

    /// <summary>Right-to-left scripts (WCAG 1.3.2: the reading order must follow the language).</summary>
    public static bool IsRightToLeft(string language) => Current(language) == "ar";

    public static bool IsKnown(string? language) => language is not null && All.Contains(Current(language));

    /// <summary>The language's name today: the former Leichte Sprache tag as <see cref="EasyGerman"/>, others as they are.</summary>
    public static string Current(string language) =>
        string.Equals(language, FormerEasyGerman, StringComparison.OrdinalIgnoreCase) ? EasyGerman : language;
}
