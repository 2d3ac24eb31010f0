using System.Security.Cryptography;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// Check-in codes: six characters from an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 6/G, 8/B), easy
/// to read aloud and to type at the room. Unique per room and day; 22⁶ ≈ 113 million codes, drawn at random.
/// </summary>
public static class CheckInCodes
{
    public const int Length = 6;
    public const string Alphabet = "ACDEFHJKMNPRTUVWXY3479";

    public static string Create() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>A code none of <paramref name="taken"/> (the room's codes of that day) has.</summary>
    public static string CreateUnique(IReadOnlySet<string> taken)
    {
        var code = Create();
        while (taken.Contains(code))
        {
            code = Create();
        }
        return code;
    }

    /// <summary>What people type: lower case, spaces and dashes allowed.</summary>
    public static string Normalise(string? typed) =>
        new((typed ?? "").ToUpperInvariant().Where(c => c is not (' ' or '-')).ToArray());
}
