using Microsoft.AspNetCore.DataProtection;

namespace Lebenswelten.Core.Offerings;

/// <summary>
/// The two secrets of a guest registration: the personal link (see, accept, cancel), which the person who filled in
/// the form gets at once, and the confirmation link, which only the mail to the address carries. Two secrets, so that
/// typing someone's address into the form is not enough to confirm it (double opt-in, issue 15).
/// </summary>
public sealed class RegistrationTokens(IDataProtectionProvider protection)
{
    private readonly PersonalLinkTokens tokens = new(protection, "Lebenswelten.Registration.Token.v1");
    private readonly PersonalLinkTokens confirmations = new(protection, "Lebenswelten.Registration.Confirmation.v1");

    /// <summary>Issues both secrets; returns the personal link's, for the submitter, and the confirmation's, for the mail only.</summary>
    public (string ManageToken, string ConfirmationToken) Issue(Registration registration)
    {
        (var token, registration.ProtectedToken) = tokens.Issue();
        (var confirmation, registration.ProtectedConfirmationToken) = confirmations.Issue();
        return (token, confirmation);
    }

    public string? Reveal(Registration registration) => tokens.Reveal(registration.ProtectedToken);

    public bool Verify(Registration registration, string? token) => tokens.Verify(registration.ProtectedToken, token);

    /// <summary>
    /// Registrations from before the split have one secret only, which their mail carried as the confirmation link:
    /// it still confirms them (at most 24 hours after the update; afterwards they are confirmed or expired).
    /// </summary>
    public bool VerifyConfirmation(Registration registration, string? token) =>
        registration.ProtectedConfirmationToken is null
            ? Verify(registration, token)
            : confirmations.Verify(registration.ProtectedConfirmationToken, token);
}
