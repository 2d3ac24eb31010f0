using Microsoft.AspNetCore.Identity;

namespace Lebenswelten.Core.Identity;

/// <summary>The reset link's lifetime (ASVS 5.0 V6.4.1: a short-lived, single-purpose secret).</summary>
public sealed class PasswordResetTokenOptions : DataProtectionTokenProviderOptions
{
    public PasswordResetTokenOptions()
    {
        Name = PasswordResetTokenProvider.ProviderName;
        TokenLifespan = TimeSpan.FromHours(1);
    }
}
