using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lebenswelten.Core.Identity;

/// <summary>The one place for password, hashing and lockout rules, used by the web app and by every test host.</summary>
public static class AccountRules
{
    /// <summary>
    /// ASVS 5.0 V11.4 and OWASP password storage: PBKDF2-HMAC-SHA512 (Identity's V3 format), at least 210,000 iterations.
    /// </summary>
    public const int HashIterations = 210_000;

    /// <summary>Identity for <see cref="AppUser"/> with these rules; the caller adds stores and sign-in.</summary>
    public static IdentityBuilder AddAccountRules(this IServiceCollection services)
    {
        // Hashes made with fewer iterations are rehashed on the next successful login.
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = HashIterations);
        services.TryAddSingleton(TimeProvider.System);
        // The reset-token provider protects its tokens; a host that keeps its keys elsewhere configures that itself.
        services.AddDataProtection();
        return services.AddIdentityCore<AppUser>(Apply).AddPasswordValidator<CommonPasswordValidator>()
            .AddUserManager<AppUserManager>()
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(OneTimeAuthenticatorTokenProvider.Name)
            .AddTokenProvider<PasswordResetTokenProvider>(PasswordResetTokenProvider.ProviderName);
    }

    private static void Apply(IdentityOptions options)
    {
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
        // Self-registered residents log in only once the mailed link proved the address; invitees prove it by accepting.
        options.SignIn.RequireConfirmedEmail = true;
        // ASVS 5.0 V6.2: length over composition rules; the maximum and the common list: CommonPasswordValidator.
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        // Each authenticator code works once (ASVS 5.0 V6.5.1), wherever Identity checks one.
        options.Tokens.AuthenticatorTokenProvider = OneTimeAuthenticatorTokenProvider.Name;
        // A reset link works for an hour only, not for the day that confirmation links get.
        options.Tokens.PasswordResetTokenProvider = PasswordResetTokenProvider.ProviderName;
    }
}
