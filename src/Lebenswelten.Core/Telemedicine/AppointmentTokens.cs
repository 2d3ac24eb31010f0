using Lebenswelten.Core.Common;
using Microsoft.AspNetCore.DataProtection;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>The secret in a guest appointment's personal link (see, cancel, rebook, open the video).</summary>
public sealed class AppointmentTokens(IDataProtectionProvider protection)
{
    private readonly PersonalLinkTokens tokens = new(protection, "Lebenswelten.Telemedicine.Token.v1");

    public string Issue(TelemedicineAppointment appointment)
    {
        (var token, appointment.ProtectedToken) = tokens.Issue();
        return token;
    }

    public string? Reveal(TelemedicineAppointment appointment) => tokens.Reveal(appointment.ProtectedToken);

    public bool Verify(TelemedicineAppointment appointment, string? token) => tokens.Verify(appointment.ProtectedToken, token);
}
