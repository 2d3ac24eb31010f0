using Lebenswelten.Core.Messaging;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Core.CalendarFeeds;

/// <summary>A person's own calendar, ready to send: the iCalendar text and the moment its content last changed.</summary>
public sealed record PersonalCalendarFile(string Ics, DateTimeOffset? LastModified);

/// <summary>
/// The calendar behind a person's secret feed link: the sessions of every offering they hold a confirmed place in, and
/// their booked video consultations. Waiting-list places and unanswered offers are left out on purpose: a calendar entry
/// says "you are expected there", which a waiting place is not; the account's registrations page shows those.
/// Events carry only the person's own bookings and public texts — no other participant, no name of their own. For an
/// appointment only time, practice, room and the link to the appointment page: the reason for a consultation is health
/// data (GDPR Art. 9), and a feed ends up synchronised to calendar services outside the platform (Art. 5(1)(c)).
/// </summary>
public sealed class PersonalCalendar(LebensweltenDbContext db, IMessageLinks links)
{
    /// <summary>
    /// The calendar's name in the account's language (issue 23): a calendar app fetches the feed without the person's
    /// cookie or browser language, so the account's choice is the only one there is.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["de"] = "Lebenswelten – meine Termine",
        ["en"] = "Lebenswelten – my appointments",
        ["ar"] = "Lebenswelten – مواعيدي",
        ["uk"] = "Lebenswelten – мої записи",
        ["ru"] = "Lebenswelten – мои записи",
        ["tr"] = "Lebenswelten – randevularım",
        [ResidentLanguage.EasyGerman] = "Lebenswelten – meine Termine",
    };

    public async Task<PersonalCalendarFile> ForAsync(string userId, CancellationToken ct)
    {
        var language = ResidentLanguage.Of(await db.Users.Where(u => u.Id == userId).Select(u => u.Language).SingleOrDefaultAsync(ct));
        var registrations = await db.Registrations.AsNoTracking().Where(r => r.UserId == userId)
            .Select(r => new { r.OfferingId, r.Status, r.CreatedAt, r.ConfirmedAt, r.CancelledAt }).ToListAsync(ct);
        var confirmed = registrations.Where(r => r.Status == RegistrationStatus.Confirmed).Select(r => r.OfferingId).Distinct().ToList();
        var offerings = await db.Offerings.AsNoTracking().AsSplitQuery().Include(o => o.Sessions).Include(o => o.Organisation)
            .Where(o => confirmed.Contains(o.Id)).ToListAsync(ct);
        var appointments = await db.TelemedicineAppointments.WithRoomAndPractice().Where(a => a.UserId == userId).ToListAsync(ct);
        var booked = appointments.Where(a => a.Status == AppointmentStatus.Booked).ToList();

        var events = OfferingCalendar.Events(offerings).Concat(booked.Select(a => AppointmentCalendar.Event(a, links.MyAppointments(), language)));
        // Any change of the person's bookings moves Last-Modified, cancellations too, so a client that sends only
        // If-Modified-Since is not left with a session they no longer attend (RFC 9110 §13.1.3).
        var changes = registrations.SelectMany(r => new[] { r.CreatedAt, r.ConfirmedAt, r.CancelledAt })
            .Concat(offerings.Select(o => (DateTimeOffset?)o.UpdatedAt))
            .Concat(appointments.SelectMany(a => new[] { (DateTimeOffset?)a.CreatedAt, a.CancelledAt }))
            .OfType<DateTimeOffset>().ToList();
        return new PersonalCalendarFile(IcsCalendar.Write("-//Lebenswelten//Mein Kalender//DE", Names[language], events),
            changes.Count == 0 ? null : changes.Max());
    }
}
