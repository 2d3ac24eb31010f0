using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Lebenswelten.Core.Identity;

/// <summary>
/// Authenticator codes (TOTP, RFC 6238: SHA-1, 6 digits, 30 s) that work only once per account (ASVS 5.0 V6.5.1):
/// a code is accepted only for a time step later than the last accepted one, so a code seen over someone's
/// shoulder or caught in transit is worthless once used. Identity's own provider accepts the same code again for
/// its whole window. Used wherever Identity checks an authenticator code: login page, API login, confirmation,
/// set-up. Accepts the same window as Identity (two steps either side) for clock drift.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(LebensweltenDbContext db, TimeProvider clock) : IUserTwoFactorTokenProvider<AppUser>
{
    public const string Name = "OneTimeAuthenticator";
    public const int StepSeconds = 30;
    public const int DriftSteps = 2;

    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) => Task.FromResult(string.Empty);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token.Length != 6
            || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return false;
        }
        var secret = Base32.Decode(key);
        var now = clock.GetUtcNow().ToUnixTimeSeconds() / StepSeconds;
        for (var step = now + DriftSteps; step >= now - DriftSteps; step--)
        {
            if (Code(secret, step) == code)
            {
                return await ClaimAsync(user, step);
            }
        }
        return false;
    }

    /// <summary>
    /// The step is claimed in the database, not in memory, so it holds across web nodes; of two parallel logins
    /// with one code exactly one wins: the first use inserts the row (a second insert does nothing), every later
    /// one moves it forward only if the step is newer. Its own table, so Identity's saves of the user never touch it.
    /// </summary>
    private async Task<bool> ClaimAsync(AppUser user, long step)
    {
        var inserted = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO \"AuthenticatorCodeUses\" (\"UserId\", \"LastTimeStep\") VALUES ({user.Id}, {step}) ON CONFLICT DO NOTHING");
        return inserted == 1 || await db.AuthenticatorCodeUses.Where(u => u.UserId == user.Id && u.LastTimeStep < step)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastTimeStep, step)) == 1;
    }

    public static int Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
        HMACSHA1.HashData(secret, counter, hash);
        var offset = hash[^1] & 0x0f;
        var value = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return value % 1_000_000;
    }
}
