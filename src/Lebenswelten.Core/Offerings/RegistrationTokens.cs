using Lebenswelten.Core.Common;
using Microsoft.AspNetCore.DataProtection;

namespace Lebenswelten.Core.Offerings;

/// <summary>The secret in a guest registration's personal link.</summary>
public sealed class RegistrationTokens(IDataProtectionProvider protection)
{
    private readonly PersonalLinkTokens tokens = new(protection, "Lebenswelten.Registration.Token.v1");

    public string Issue(Registration registration)
    {
        (var token, registration.ProtectedToken) = tokens.Issue();
        return token;
    }

    public string? Reveal(Registration registration) => tokens.Reveal(registration.ProtectedToken);

    public bool Verify(Registration registration, string? token) => tokens.Verify(registration.ProtectedToken, token);
}
