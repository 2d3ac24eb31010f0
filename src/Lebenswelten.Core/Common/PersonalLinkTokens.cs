using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Lebenswelten.Core.Common;

/// <summary>
/// The secret in a guest's personal link, which stands in for an account. Stored encrypted with the app's
/// data-protection keys, not hashed: later mails (moved up, reminder) must repeat the link.
/// </summary>
public sealed class PersonalLinkTokens(IDataProtectionProvider protection, string purpose)
{
    private readonly IDataProtector protector = protection.CreateProtector(purpose);

    public (string Token, string Protected) Issue()
    {
        var token = SecretToken.Create();
        return (token, protector.Protect(token));
    }

    public string? Reveal(string? protectedToken)
    {
        if (protectedToken is null)
        {
            return null;
        }
        try
        {
            return protector.Unprotect(protectedToken);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    public bool Verify(string? protectedToken, string? token) => SecretToken.AreEqual(Reveal(protectedToken), token);
}
