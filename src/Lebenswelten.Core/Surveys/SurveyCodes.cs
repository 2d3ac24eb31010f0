using System.Security.Cryptography;

namespace Lebenswelten.Core.Surveys;

/// <summary>
/// Codes people type from paper: no 0/O, 1/I/L, so that a poster's short link and a flyer's code are read right.
/// The survey code is public (the short link); a ticket's 10 characters (~48 bits) are guessed at most a few times per
/// minute per client (rate limit "survey-answer").
/// </summary>
public static class SurveyCodes
{
    public const int Length = 8;
    public const int TicketLength = 10;
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string Create(int length) =>
        string.Create(length, 0, (chars, _) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            }
        });

    /// <summary>Upper case without spaces or dashes, as people type it; null when it cannot be a code.</summary>
    public static string? Normalise(string? typed, int length)
    {
        var code = new string((typed ?? "").Where(c => c is not (' ' or '-')).Select(char.ToUpperInvariant).ToArray());
        return code.Length == length && code.All(Alphabet.Contains) ? code : null;
    }
}
