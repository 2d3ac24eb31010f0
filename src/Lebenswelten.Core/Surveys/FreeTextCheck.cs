using System.Text.RegularExpressions;

namespace Lebenswelten.Core.Surveys;

public enum FreeTextHit
{
    Name,
    Address,
    Phone,
    Email,
}

/// <summary>A short text as staff see it: what looked like a name, address, phone number or e-mail address is blanked out.</summary>
public sealed record CheckedText(string Shown, IReadOnlyList<FreeTextHit> Hits);

/// <summary>
/// The check every free text passes before staff read it (issue 24; GDPR Art. 25): people write "Frau Müller from the
/// 3rd floor" or their phone number into an anonymous survey. A hit is blanked out and named in a warning; the check errs
/// towards hits, since a missed name is worse than a blanked word.
/// </summary>
public static partial class FreeTextCheck
{
    public const string Blank = "[…]";

    public static CheckedText Check(string text)
    {
        var hits = new List<FreeTextHit>();
        var shown = text;
        foreach (var (kind, pattern) in Patterns)
        {
            shown = pattern.Replace(shown, _ =>
            {
                hits.Add(kind);
                return Blank;
            });
        }
        return new(shown, hits);
    }

    // The order matters: an e-mail address is blanked before its digits could look like a phone number.
    private static readonly (FreeTextHit, Regex)[] Patterns =
    [
        (FreeTextHit.Email, EmailPattern()),
        (FreeTextHit.Phone, PhonePattern()),
        (FreeTextHit.Address, AddressPattern()),
        (FreeTextHit.Address, PostcodePattern()),
        (FreeTextHit.Name, NamePattern()),
    ];

    [GeneratedRegex(@"[^\s@]+@[^\s@]+\.[^\s@]+")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?<!\w)(\+|0)[\d\s/()\-]{5,}\d")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"(?i)\b[\p{L}\-]*(straße|strasse|str\.|weg|platz|allee|ring|gasse|damm|ufer|chaussee)\s*\d+\s*[a-z]?\b")]
    private static partial Regex AddressPattern();

    [GeneratedRegex(@"\b\d{5}\b")]
    private static partial Regex PostcodePattern();

    [GeneratedRegex(@"(?i)\b(frau|herr|herrn|hr\.|fr\.|dr\.|familie|heiße|heisse|name ist|mrs?\.?|ms\.?)\s+\p{Lu}[\p{L}\-]+(\s+\p{Lu}[\p{L}\-]+)?")]
    private static partial Regex NamePattern();
}
