namespace Lebenswelten.Core.Referrals;

/// <summary>
/// The languages a voucher can be printed in: German, Leichte Sprache and the clients' most common languages
/// (issue 19). The web interface itself stays German and English.
/// </summary>
public static class VoucherLanguages
{
    /// <summary>"de-x-ls" is Leichte Sprache: German, written by its rules (a private-use tag, BCP 47).</summary>
    public const string EasyGerman = "de-x-ls";

    public static readonly IReadOnlyList<string> All = ["de", EasyGerman, "en", "ar", "uk", "ru", "tr"];

    /// <summary>Right-to-left scripts (WCAG 1.3.2: the reading order must follow the language).</summary>
    public static bool IsRightToLeft(string language) => language == "ar";

    public static bool IsKnown(string? language) => language is not null && All.Contains(language);
}
