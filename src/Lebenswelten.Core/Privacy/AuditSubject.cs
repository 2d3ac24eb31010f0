namespace Lebenswelten.Core.Privacy;

/// <summary>
/// Whose data an audit line is about (<see cref="AuditEntry.SubjectUserId"/>): the account, or for a guest, who has none,
/// the registration or appointment that their personal link opens. A line about a guest with no subject could never be
/// shown to them; so their data download answers "who accessed my data" too (GDPR Art. 15(1)(c); issue 15).
/// </summary>
public static class AuditSubject
{
    public static string Registration(string? userId, Guid registrationId) => userId ?? $"registration:{registrationId}";

    public static string Appointment(string? userId, Guid appointmentId) => userId ?? $"appointment:{appointmentId}";
}
