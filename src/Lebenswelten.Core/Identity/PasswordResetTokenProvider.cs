using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Core.Identity;

/// <summary>
/// Identity's data-protection tokens with their own, short lifetime: a reset link works for an hour (confirmation links
/// for a day). Registered in <see cref="AccountRules"/> as Identity's password-reset provider.
/// </summary>
public sealed class PasswordResetTokenProvider(IDataProtectionProvider protection, IOptions<PasswordResetTokenOptions> options,
    ILogger<DataProtectorTokenProvider<AppUser>> logger)
    : DataProtectorTokenProvider<AppUser>(protection, options, logger)
{
    public const string ProviderName = "PasswordReset";
}
