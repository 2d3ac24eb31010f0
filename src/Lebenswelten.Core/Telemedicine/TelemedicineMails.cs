using Lebenswelten.Core.Messaging;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// Writes the appointment mails into the outbox, within the caller's transaction. They name practice, room and
/// time, never the reason: mail passes through other servers (the reason stays in the platform).
/// </summary>
public sealed class TelemedicineMails(LebensweltenDbContext db, IMessageLinks links, AppointmentTokens tokens)
{
    // Every mail reads practice and room from the appointment: callers load it with both (Include).
    public void Booked(TelemedicineAppointment appointment, string? guestToken, DateTimeOffset now) =>
        Send("appointment-booked", appointment, guestToken, now, withCalendar: true);

    /// <summary>
    /// A guest's booking waits for the address to be verified: the link and the code, nothing to manage yet. The booked
    /// mail with the check-in code and the personal link follows the verification.
    /// </summary>
    public void VerifyContact(TelemedicineAppointment appointment, string verificationToken, string code, DateTimeOffset now) =>
        Send("appointment-verify", appointment, null, now, extra: new()
        {
            ["VerifyLink"] = links.VerifyAppointment(appointment.Id, verificationToken),
            ["VerificationCode"] = code,
            ["HoldUntil"] = DateTimeText.Long(appointment.HoldExpiresAt!.Value, appointment.Language),
        });

    public void Rebooked(TelemedicineAppointment appointment, TelemedicineAppointment previous, string? guestToken, DateTimeOffset now) =>
        Send("appointment-rebooked", appointment, guestToken, now, withCalendar: true,
            extra: new() { ["PreviousTime"] = TelemedicineText.Time(previous, appointment.Language) });

    public void Reminder(TelemedicineAppointment appointment, DateTimeOffset now) =>
        Send("appointment-reminder", appointment, null, now);

    public void Cancelled(TelemedicineAppointment appointment, DateTimeOffset now) =>
        Send("appointment-cancelled", appointment, null, now, extra: new()
        {
            ["Why"] = Why(appointment),
            ["Reason"] = appointment.CancellationReason is { Length: > 0 } reason ? reason : "–",
        });

    // A closure is not the person's doing: they hear both ways to a new time (issue 25).
    private const string OptionsDe = "\nIhre Möglichkeiten: Die Praxis kann Ihnen eine freie Zeit geben – dann bekommen Sie eine "
        + "eigene E-Mail mit dem neuen Termin. Oder Sie buchen selbst eine andere Zeit über den Link unten.";
    private const string OptionsEn = "\nYour options: the practice may give you a free time – you then get a mail with the new "
        + "appointment. Or you book another time yourself with the link below.";

    private static string Why(TelemedicineAppointment appointment) => (appointment.Status, appointment.Language == "en") switch
    {
        (AppointmentStatus.CancelledByResident, false) => "Sie haben den Termin abgesagt.",
        (AppointmentStatus.CancelledByResident, true) => "You cancelled the appointment.",
        (AppointmentStatus.CancelledByPractice, false) => "Die Praxis hat den Termin abgesagt.",
        (AppointmentStatus.CancelledByPractice, true) => "The practice cancelled the appointment.",
        (AppointmentStatus.CancelledByRoomClosure, false) => "Der Telemedizinraum ist an diesem Tag geschlossen." + OptionsDe,
        (AppointmentStatus.CancelledByRoomClosure, true) => "The telemedicine room is closed that day." + OptionsEn,
        (AppointmentStatus.CancelledByPracticeClosure, false) => "Die Praxis ist an diesem Tag geschlossen." + OptionsDe,
        (AppointmentStatus.CancelledByPracticeClosure, true) => "The practice is closed that day." + OptionsEn,
        (_, false) => "Der Termin wurde abgesagt.",
        (_, true) => "The appointment was cancelled.",
    };

    private void Send(string template, TelemedicineAppointment appointment, string? guestToken, DateTimeOffset now,
        bool withCalendar = false, Dictionary<string, string>? extra = null)
    {
        if (appointment.Email is null)
        {
            return;
        }
        var language = appointment.Language;
        var values = extra ?? [];
        values["Name"] = appointment.Name;
        values["Practice"] = appointment.Schedule!.Practice!.Name;
        values["Place"] = TelemedicineText.Place(appointment.Room!);
        values["Time"] = TelemedicineText.Time(appointment, language);
        values["Code"] = appointment.CheckInCode;
        values["ManageLink"] = ManageLink(appointment, guestToken);
        values["CancelUntil"] = DateTimeText.Long(BookingService.CancellationDeadline(appointment), language);
        var message = MailTemplates.Compose(template, language, appointment.Email, appointment.Name, values, now);
        if (withCalendar)
        {
            message.AttachmentName = AppointmentCalendar.FileName(appointment);
            message.AttachmentContentType = AppointmentCalendar.ContentType;
            message.AttachmentText = AppointmentCalendar.ToIcs(appointment);
        }
        db.OutboxMessages.Add(message);
    }

    private string ManageLink(TelemedicineAppointment appointment, string? guestToken) =>
        appointment.IsGuest && (guestToken ?? tokens.Reveal(appointment)) is { } token
            ? links.ManageAppointment(appointment.Id, token)
            : links.MyAppointments();
}
