using System.Security.Cryptography;
using System.Text;

namespace Lebenswelten.Core.Referrals;

/// <summary>
/// Voucher codes: 15 characters from a 32-letter alphabet without 0/O and 1/l/I (75 bits from the operating system's
/// cryptographic generator, ASVS V2.6.2 / V6.3.1), printed in three groups of five so they can be typed from paper.
/// Only their SHA-256 is stored for lookup: a code of 75 random bits needs no salt to resist guessing from the hash.
/// </summary>
public static class VoucherCodes
{
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public const int Length = 15;
    public const int GroupLength = 5;
    public static readonly double EntropyBits = Length * Math.Log2(Alphabet.Length);

    // 32 letters: five bits each, so a byte masked to its low five bits picks one without bias.
    private static readonly char[] Letters = Alphabet.ToCharArray();

    public static string Create()
    {
        Span<byte> bytes = stackalloc byte[Length];
        RandomNumberGenerator.Fill(bytes);
        var code = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            code[i] = Letters[bytes[i] & 31];
        }
        return Grouped(new string(code));
    }

    /// <summary>"ABCDE-FGHJK-MNPQR": the way the code is printed.</summary>
    public static string Grouped(string code) =>
        string.Join('-', Enumerable.Range(0, (code.Length + GroupLength - 1) / GroupLength)
            .Select(i => code.Substring(i * GroupLength, Math.Min(GroupLength, code.Length - i * GroupLength))));

    /// <summary>
    /// What the client typed, as the code: case, spaces and dashes do not matter (a lower-case "l" is the letter L;
    /// 0, O, 1 and I are in no code). Null when it cannot be a code at all.
    /// </summary>
    public static string? Normalise(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 40)
        {
            return null;
        }
        var kept = new string(typed.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());
        return kept.Length == Length && kept.All(Letters.Contains) ? kept : null;
    }

    public static string Hash(string normalised) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(normalised)));
}
