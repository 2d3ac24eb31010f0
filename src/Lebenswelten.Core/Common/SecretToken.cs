using System.Security.Cryptography;
using System.Text;

namespace Lebenswelten.Core.Common;

/// <summary>Random link tokens for people without an account.</summary>
public static class SecretToken
{
    public static string Create() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))
        .Replace('+', '-').Replace('/', '_').TrimEnd('=');

    /// <summary>What is stored of a single-use link token: its SHA-256 (hex), so a copy of the database opens nothing.</summary>
    public static string HashOf(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static bool AreEqual(string? a, string? b) =>
        a is not null && b is not null &&
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
