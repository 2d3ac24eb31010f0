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

    /// <summary>Why an appointment was cancelled, in the person's language (issue 23).</summary>
    public sealed record CancellationTexts(string ByResident, string ByPractice, string RoomClosed, string PracticeClosed,
        string Other, string Options);

    public static readonly IReadOnlyDictionary<string, CancellationTexts> Reasons = new Dictionary<string, CancellationTexts>
    {
        ["de"] = new("Sie haben den Termin abgesagt.", "Die Praxis hat den Termin abgesagt.",
            "Der Telemedizinraum ist an diesem Tag geschlossen.", "Die Praxis ist an diesem Tag geschlossen.",
            "Der Termin wurde abgesagt.",
            "Ihre Möglichkeiten: Die Praxis kann Ihnen eine freie Zeit geben – dann bekommen Sie eine eigene E-Mail mit dem "
            + "neuen Termin. Oder Sie buchen selbst eine andere Zeit über den Link unten."),
        ["en"] = new("You cancelled the appointment.", "The practice cancelled the appointment.",
            "The telemedicine room is closed that day.", "The practice is closed that day.",
            "The appointment was cancelled.",
            "Your options: the practice may give you a free time – you then get a mail with the new appointment. Or you book "
            + "another time yourself with the link below."),
        ["ar"] = new("لقد ألغيت الموعد.", "ألغت العيادة الموعد.",
            "غرفة الطب عن بُعد مغلقة في هذا اليوم.", "العيادة مغلقة في هذا اليوم.",
            "تم إلغاء الموعد.",
            "خياراتك: يمكن للعيادة أن تعطيك وقتًا متاحًا، وعندها تصلك رسالة بريد إلكتروني بالموعد الجديد. أو تحجز بنفسك "
            + "وقتًا آخر عبر الرابط أدناه."),
        ["uk"] = new("Ви скасували запис.", "Практика скасувала запис.",
            "Кімната телемедицини в цей день зачинена.", "Практика в цей день зачинена.",
            "Запис скасовано.",
            "Ваші можливості: практика може дати вам вільний час — тоді ви отримаєте окремий лист із новим записом. Або ви "
            + "самі бронюєте інший час за посиланням нижче."),
        ["ru"] = new("Вы отменили запись.", "Практика отменила запись.",
            "Комната телемедицины в этот день закрыта.", "Практика в этот день закрыта.",
            "Запись отменена.",
            "Ваши возможности: практика может дать вам свободное время — тогда вы получите отдельное письмо с новой записью. "
            + "Или вы сами бронируете другое время по ссылке ниже."),
        ["tr"] = new("Randevuyu siz iptal ettiniz.", "Muayenehane randevuyu iptal etti.",
            "Teletıp odası o gün kapalı.", "Muayenehane o gün kapalı.",
            "Randevu iptal edildi.",
            "Seçenekleriniz: Muayenehane size boş bir saat verebilir; o zaman yeni randevuyla ayrı bir e-posta alırsınız. "
            + "Ya da aşağıdaki bağlantıdan kendiniz başka bir saat alırsınız."),
        [ResidentLanguage.EasyGerman] = new("Sie haben den Termin abgesagt.", "Die Arzt-Praxis hat den Termin abgesagt.",
            "Der Raum für den Termin per Video ist an diesem Tag zu.", "Die Arzt-Praxis ist an diesem Tag zu.",
            "Der Termin fällt aus.",
            "Das können Sie jetzt tun:\nDie Arzt-Praxis gibt Ihnen vielleicht eine andere Zeit.\n"
            + "Dann bekommen Sie eine E-Mail mit dem neuen Termin.\nOder Sie suchen selbst eine neue Zeit.\n"
            + "Das geht mit dem Link unten."),
    };

    // A closure is not the person's doing: they hear both ways to a new time (issue 25).
    private static string Why(TelemedicineAppointment appointment)
    {
        var texts = ResidentLanguage.Pick(Reasons, appointment.Language);
        return appointment.Status switch
        {
            AppointmentStatus.CancelledByResident => texts.ByResident,
            AppointmentStatus.CancelledByPractice => texts.ByPractice,
            AppointmentStatus.CancelledByRoomClosure => texts.RoomClosed + "\n" + texts.Options,
            AppointmentStatus.CancelledByPracticeClosure => texts.PracticeClosed + "\n" + texts.Options,
            _ => texts.Other,
        };
    }

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
