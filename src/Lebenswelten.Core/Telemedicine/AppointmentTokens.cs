using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// The secrets of a guest appointment: the personal link (see, cancel, rebook, open the video), which whoever booked
/// gets at once, and the verification link with its six-digit code, which only the mail to the address carries.
/// </summary>
public sealed class AppointmentTokens(IDataProtectionProvider protection)
{
    private readonly PersonalLinkTokens tokens = new(protection, "Lebenswelten.Telemedicine.Token.v1");
    private readonly PersonalLinkTokens verifications = new(protection, "Lebenswelten.Telemedicine.Verification.v1");

    public string Issue(TelemedicineAppointment appointment)
    {
        (var token, appointment.ProtectedToken) = tokens.Issue();
        return token;
    }

    public string? Reveal(TelemedicineAppointment appointment) => tokens.Reveal(appointment.ProtectedToken);

    public bool Verify(TelemedicineAppointment appointment, string? token) => tokens.Verify(appointment.ProtectedToken, token);

    /// <summary>The verification link's secret and the code that goes with it, both for the mail only.</summary>
    public (string Token, string Code) IssueVerification(TelemedicineAppointment appointment)
    {
        (var token, appointment.ProtectedVerificationToken) = verifications.Issue();
        return (token, CodeOf(token));
    }

    public bool VerifyLink(TelemedicineAppointment appointment, string? token) =>
        verifications.Verify(appointment.ProtectedVerificationToken, token);

    public bool VerifyCode(TelemedicineAppointment appointment, string? code) =>
        verifications.Reveal(appointment.ProtectedVerificationToken) is { } token
        && SecretToken.AreEqual(CodeOf(token), code?.Trim());

    /// <summary>Six digits derived from the link's secret: one secret to keep, two ways to type it in.</summary>
    private static string CodeOf(string token)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        return (BinaryPrimitives.ReadUInt32BigEndian(hash) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }
}
