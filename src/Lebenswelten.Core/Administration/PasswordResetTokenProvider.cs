using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Core.Administration;

/// <summary>Identity's data-protection tokens with their own, short lifetime: a reset link works for an hour (confirmation links for a day).</summary>
public sealed class PasswordResetTokenProvider(IDataProtectionProvider protection, IOptions<PasswordResetTokenOptions> options,
    ILogger<DataProtectorTokenProvider<Identity.AppUser>> logger)
    : DataProtectorTokenProvider<Identity.AppUser>(protection, options, logger)
{
    public const string ProviderName = "PasswordReset";
}

public sealed class PasswordResetTokenOptions : DataProtectionTokenProviderOptions
{
    public PasswordResetTokenOptions()
    {
        Name = PasswordResetTokenProvider.ProviderName;
        TokenLifespan = TimeSpan.FromHours(1);
    }
}
