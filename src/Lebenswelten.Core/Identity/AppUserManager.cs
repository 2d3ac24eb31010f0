using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Core.Identity;

/// <summary>
/// Identity's user manager, with one change: a wrong password counts even when other wrong attempts on the same
/// account are saved at the same moment. Identity saves the failure counter under the account's concurrency stamp and
/// lets a clash drop the failure, so five parallel guesses could pass without a lockout (ASVS 5.0 V6.3.1).
/// </summary>
public sealed class AppUserManager(
    IUserStore<AppUser> store, IOptions<IdentityOptions> options, IPasswordHasher<AppUser> hasher,
    IEnumerable<IUserValidator<AppUser>> userValidators, IEnumerable<IPasswordValidator<AppUser>> passwordValidators,
    ILookupNormalizer normalizer, IdentityErrorDescriber errors, IServiceProvider services, ILogger<UserManager<AppUser>> logger,
    LebensweltenDbContext db)
    : UserManager<AppUser>(store, options, hasher, userValidators, passwordValidators, normalizer, errors, services, logger)
{
    /// <summary>More than any realistic number of guesses landing in the same instant; each retry reads the saved count anew.</summary>
    private const int MaxRetries = 50;

    private readonly string _clash = errors.ConcurrencyFailure().Code;

    public override async Task<IdentityResult> AccessFailedAsync(AppUser user)
    {
        for (var attempt = 1; ; attempt++)
        {
            var result = await base.AccessFailedAsync(user);
            if (result.Succeeded || attempt == MaxRetries || result.Errors.All(e => e.Code != _clash))
            {
                return result;
            }
            // Another failure (or a lockout) was saved first: count this one on top of it.
            await db.Entry(user).ReloadAsync(CancellationToken);
        }
    }
}
