using Lebenswelten.Core.Identity;

namespace Lebenswelten.Benchmarks.Infrastructure;

/// <summary>The code an authenticator app shows now for a seeded account's secret (the app's own TOTP, 6 digits).</summary>
internal static class AuthenticatorCode
{
    public static string Now(string base32Secret)
    {
        var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / OneTimeAuthenticatorTokenProvider.StepSeconds;
        return OneTimeAuthenticatorTokenProvider.Code(Base32.Decode(base32Secret), step)
            .ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }
}
