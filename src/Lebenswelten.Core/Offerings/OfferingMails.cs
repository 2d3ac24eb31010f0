using Lebenswelten.Core.Messaging;

namespace Lebenswelten.Core.Offerings;

/// <summary>Writes the mails of the registration use cases into the outbox, within the caller's transaction.</summary>
public sealed class OfferingMails(LebensweltenDbContext db, IMessageLinks links, RegistrationTokens tokens)
{
    /// <summary>
    /// The status line of the guest and phone mails in the person's language (issue 23): a guest's place is reserved until
    /// the address is confirmed, a phone registration's is confirmed at once; {0} is the waiting-list position.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (string Reserved, string Confirmed, string Waiting)> StatusLines =
        new Dictionary<string, (string, string, string)>
    {
        ["de"] = ("Ihr Platz ist reserviert.", "Ihr Platz ist bestätigt.", "Sie stehen auf der Warteliste, auf Platz {0}."),
        ["en"] = ("Your place is reserved.", "Your place is confirmed.", "You are on the waiting list, in position {0}."),
        ["ar"] = ("تم حجز مكانك.", "مكانك مؤكد.", "أنت على قائمة الانتظار، في المركز \u2068{0}\u2069."),
        ["uk"] = ("Ваше місце зарезервовано.", "Ваше місце підтверджено.", "Ви в списку очікування, на місці {0}."),
        ["ru"] = ("Ваше место зарезервировано.", "Ваше место подтверждено.", "Вы в списке ожидания, на месте {0}."),
        ["tr"] = ("Yeriniz ayrıldı.", "Yeriniz onaylandı.", "Bekleme listesindesiniz, {0}. sıradasınız."),
        [ResidentLanguage.EasyGerman] = ("Sie haben einen Platz.", "Sie haben einen Platz.",
            "Alle Plätze sind schon weg. Sie sind auf der Warte-Liste. Sie sind auf Platz {0}."),
    };

    /// <summary>
    /// A guest's first mail: the confirmation link (its own secret, sent nowhere else) and the personal link.
    /// </summary>
    public void ConfirmAddress(Offering offering, Registration registration, int? position, string manageToken,
        string confirmationToken, DateTimeOffset now)
    {
        Send("guest-confirm-email", offering, registration, now, new()
        {
            ["StatusLine"] = StatusLine(registration, position, byPhone: false),
            ["ConfirmLink"] = links.ConfirmRegistration(registration.Id, confirmationToken),
            ["ManageLink"] = links.ManageRegistration(registration.Id, manageToken),
        }, withCalendar: registration.Status == RegistrationStatus.Confirmed);
    }

    /// <summary>An account holder's registration: the address is the account's, confirmed already.</summary>
    public void Registered(Offering offering, Registration registration, int? position, DateTimeOffset now)
    {
        if (registration.Status == RegistrationStatus.Confirmed)
        {
            Send("registration-confirmed", offering, registration, now, [], withCalendar: true);
        }
        else
        {
            Send("registration-waitlisted", offering, registration, now, new() { ["Position"] = $"{position}" });
        }
    }

    /// <summary>
    /// Registered by staff on a call (issue 25): says so, so that someone who did not call (a mistyped address) can cancel
    /// with the personal link; the place or waiting-list position as for everyone.
    /// </summary>
    public void RegisteredByPhone(Offering offering, Registration registration, int? position, DateTimeOffset now) =>
        Send("registration-by-phone", offering, registration, now, new()
        {
            ["StatusLine"] = StatusLine(registration, position, byPhone: true),
        }, withCalendar: registration.Status == RegistrationStatus.Confirmed);

    public void MovedUp(Offering offering, Registration registration, DateTimeOffset now) =>
        Send("moved-up", offering, registration, now, [], withCalendar: true);

    public void PlaceOffered(Offering offering, Registration registration, DateTimeOffset now) =>
        Send("place-offered", offering, registration, now, new()
        {
            ["OfferExpires"] = DateTimeText.Long(registration.OfferExpiresAt!.Value, registration.Language),
        });

    public void Cancelled(Offering offering, Registration registration, DateTimeOffset now) =>
        Send("registration-cancelled", offering, registration, now, []);

    public void OfferingCancelled(Offering offering, Registration registration, string? reason, DateTimeOffset now) =>
        Send("offering-cancelled", offering, registration, now, new() { ["Reason"] = reason ?? "" });

    /// <summary>A provider's own message to the people on the list (ParticipantMessages).</summary>
    public void ProviderMessage(Offering offering, Registration registration, string subject, string text, DateTimeOffset now) =>
        Send("offering-message", offering, registration, now, new() { ["Subject"] = subject, ["Text"] = text });

    public void Reminder(Offering offering, OfferingSession session, Registration registration, DateTimeOffset now) =>
        Send("session-reminder", offering, registration, now, new()
        {
            ["SessionStart"] = DateTimeText.Long(session.StartsAt, registration.Language),
        });

    private static string StatusLine(Registration registration, int? position, bool byPhone)
    {
        var (reserved, confirmedLine, waiting) = ResidentLanguage.Pick(StatusLines, registration.Language);
        return registration.Status != RegistrationStatus.Confirmed
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, waiting, position)
            : byPhone ? confirmedLine : reserved;
    }

    private void Send(string template, Offering offering, Registration registration, DateTimeOffset now,
        Dictionary<string, string> values, bool withCalendar = false)
    {
        if (registration.Email is null)
        {
            return;
        }
        var language = registration.Language;
        values.TryAdd("Name", registration.Name);
        values.TryAdd("Title", offering.Title);
        values.TryAdd("Provider", offering.Organisation?.Name ?? "");
        values.TryAdd("Place", OfferingText.Place(offering));
        values.TryAdd("Sessions", OfferingText.SessionList(offering, language));
        values.TryAdd("OfferingLink", links.Offering(offering.Id));
        values.TryAdd("ManageLink", ManageLink(registration));
        values.TryAdd("CancelUntil", offering.FirstSessionStart is { } first
            ? DateTimeText.Long(first.AddHours(-offering.CancellationDeadlineHours), language) : "–");
        var message = MailTemplates.Compose(template, language, registration.Email, registration.Name, values, now);
        if (withCalendar && offering.Sessions.Count > 0)
        {
            message.AttachmentName = OfferingCalendar.FileName(offering);
            message.AttachmentContentType = OfferingCalendar.ContentType;
            message.AttachmentText = OfferingCalendar.ToIcs(offering);
        }
        db.OutboxMessages.Add(message);
    }

    private string ManageLink(Registration registration) =>
        registration.IsGuest && tokens.Reveal(registration) is { } token
            ? links.ManageRegistration(registration.Id, token)
            : links.MyRegistrations();
}
