using Microsoft.AspNetCore.Identity;

namespace Lebenswelten.Core.Identity;

/// <summary>The one place for password and lockout rules, used by the web app and by every test host.</summary>
public static class AccountRules
{
    public static void Apply(IdentityOptions options)
    {
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
        // ASVS 5.0 V6.2: length over composition rules.
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
    }
}
