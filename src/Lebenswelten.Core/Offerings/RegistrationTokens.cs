using System.Security.Cryptography;
using Lebenswelten.Core.Common;
using Microsoft.AspNetCore.DataProtection;

namespace Lebenswelten.Core.Offerings;

/// <summary>The secret in a guest's personal link, which stands in for an account.</summary>
public sealed class RegistrationTokens(IDataProtectionProvider protection)
{
    private readonly IDataProtector protector = protection.CreateProtector("Lebenswelten.Registration.Token.v1");

    public string Issue(Registration registration)
    {
        var token = SecretToken.Create();
        registration.ProtectedToken = protector.Protect(token);
        return token;
    }

    public string? Reveal(Registration registration)
    {
        if (registration.ProtectedToken is null)
        {
            return null;
        }
        try
        {
            return protector.Unprotect(registration.ProtectedToken);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    public bool Verify(Registration registration, string? token) => SecretToken.AreEqual(Reveal(registration), token);
}
