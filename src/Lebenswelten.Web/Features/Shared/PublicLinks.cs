using Lebenswelten.Core.Messaging;

namespace Lebenswelten.Web.Features.Shared;

/// <summary>
/// Absolute links for mails, from the configured public address ("PublicBaseUrl"), never from the
/// request's Host header, which a client controls (host header injection, ASVS V13).
/// </summary>
public sealed class PublicLinks(PublicAddress address) : IMessageLinks
{
    private string Base => address.Base;

    public string Offering(Guid offeringId) => $"{Base}/angebote/{offeringId}";
    public string MyRegistrations() => $"{Base}/meine-anmeldungen";
    public string ManageRegistration(Guid registrationId, string token) =>
        $"{Base}/anmeldungen/{registrationId}?token={Uri.EscapeDataString(token)}";
    public string ConfirmRegistration(Guid registrationId, string token) =>
        $"{Base}/anmeldungen/{registrationId}/bestaetigen?token={Uri.EscapeDataString(token)}";
    public string MyAppointments() => $"{Base}/meine-termine";
    /// <summary>The room staff's check-in page with the code filled in (what the QR code on the confirmation carries).</summary>
    public string RoomCheckIn(string site, Guid roomId, string code) => $"{Base}/verwaltung/{site}/telemedizin/raum/{roomId}?code={code}";
    public string ManageAppointment(Guid appointmentId, string token) =>
        $"{Base}/telemedizin/termine/{appointmentId}?token={Uri.EscapeDataString(token)}";
    public string VerifyAppointment(Guid appointmentId, string token) =>
        $"{Base}/telemedizin/termine/{appointmentId}/bestaetigen?token={Uri.EscapeDataString(token)}";
}
