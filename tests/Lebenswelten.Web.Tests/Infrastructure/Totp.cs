using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Lebenswelten.Web.Tests.Infrastructure;

/// <summary>RFC 6238 (TOTP, SHA-1, 6 digits, 30 s) as an authenticator app computes it, independent of the app's code.</summary>
public static class Totp
{
    public static long Step(DateTimeOffset at) => at.ToUnixTimeSeconds() / 30;

    public static string Code(string base32Secret, DateTimeOffset? at = null) => CodeAt(base32Secret, Step(at ?? DateTimeOffset.UtcNow));

    public static string CodeAt(string base32Secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(FromBase32(base32Secret), counter);
        var offset = hash[^1] & 0x0f;
        var value = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (value % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var buffer = 0;
        var bytes = new List<byte>();
        foreach (var c in text.ToUpperInvariant().Where(c => c is not (' ' or '=')))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return [.. bytes];
    }
}

/// <summary>
/// The demo authenticator of one app host, handing out each account's codes like a person who waits for the next
/// one: the app accepts a time step only if it is newer than the last accepted one (ASVS V6.5.1), so parallel tests
/// logging in the same account take turns, each with a newer step. The app accepts two steps either side of now;
/// a code is handed out from one step back (still valid for 30 s) up to two ahead, else after a wait.
/// </summary>
public sealed class DemoAuthenticator(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _turns = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, long> _lastStep = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Runs <paramref name="use"/> with a fresh code for the account; no other use of its codes runs meanwhile.</summary>
    public async Task<T> WithCodeAsync<T>(string email, Func<string, Task<T>> use)
    {
        var turn = _turns.GetOrAdd(email, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync();
        try
        {
            while (true)
            {
                var now = Totp.Step(clock.GetUtcNow());
                var step = Math.Max(now - 1, _lastStep.GetValueOrDefault(email) + 1);
                if (step <= now + 2)
                {
                    _lastStep[email] = step;
                    return await use(Totp.CodeAt(AppHost.DemoTotpSecret, step));
                }
                await Task.Delay(TimeSpan.FromSeconds((step - 2) * 30 - clock.GetUtcNow().ToUnixTimeSeconds() + 1));
            }
        }
        finally
        {
            turn.Release();
        }
    }

    public Task WithCodeAsync(string email, Func<string, Task> use) => WithCodeAsync(email, async code =>
    {
        await use(code);
        return true;
    });
}
