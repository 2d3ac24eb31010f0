using Lebenswelten.Core.Identity;
using Microsoft.AspNetCore.Identity;

namespace Lebenswelten.Core.Demo;

/// <summary>A demo account that still opens with what the README publishes.</summary>
public sealed record PublishedDemoAccount(string Email, bool PublishedPassword, bool PublishedTotpSecret);

/// <summary>
/// Finds demo accounts that open with the published demo password or authenticator secret: on a server anyone who
/// read the README could log in as them, the administrator included (issue 15; ASVS 5.0 V6.3.2, no default accounts).
/// </summary>
public sealed class PublishedDemoCredentials(LebensweltenDbContext db, UserManager<AppUser> users)
{
    public async Task<IReadOnlyList<PublishedDemoAccount>> FindAsync(CancellationToken ct = default)
    {
        var addresses = DemoAccounts.All.Select(a => a.Email.ToUpperInvariant()).ToList();
        var accounts = await db.Users.Where(u => addresses.Contains(u.NormalizedEmail!)).OrderBy(u => u.Email).ToListAsync(ct);
        // The seed gives every demo account the same hash: checking each distinct hash once keeps this to one PBKDF2 run.
        var published = new Dictionary<string, bool>();
        var found = new List<PublishedDemoAccount>();
        foreach (var account in accounts)
        {
            var password = account.PasswordHash is { } hash && (published.TryGetValue(hash, out var known) ? known
                : published[hash] = users.PasswordHasher.VerifyHashedPassword(account, hash, DemoOptions.DefaultPassword)
                    != PasswordVerificationResult.Failed);
            var secret = await users.GetAuthenticatorKeyAsync(account) == DemoOptions.DefaultTotpSecret;
            if (password || secret)
            {
                found.Add(new PublishedDemoAccount(account.Email!, password, secret));
            }
        }
        return found;
    }
}
