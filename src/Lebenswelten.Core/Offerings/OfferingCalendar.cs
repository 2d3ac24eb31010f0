using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Lebenswelten.Core.Offerings;

/// <summary>An iCalendar file with every session of an offering, for phone calendars (RFC 5545).</summary>
public static class OfferingCalendar
{
    public const string ContentType = "text/calendar";

    public static string FileName(Offering offering) => $"angebot-{offering.Id:N}.ics";

    public static string ToIcs(Offering offering) => ToIcs([offering], offering.Title);

    /// <summary>
    /// Several offerings' sessions in one calendar (a site's subscription feed). Each event's UID is its session's, and
    /// its DTSTAMP the offering's last change, so the same data gives the same bytes (and the same ETag).
    /// </summary>
    public static string ToIcs(IEnumerable<Offering> offerings, string name)
    {
        var calendar = new Calendar { ProductId = "-//Lebenswelten//Angebote//DE" };
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var (offering, session) in offerings.SelectMany(o => o.Sessions.Select(s => (o, s))).OrderBy(p => p.s.StartsAt).ThenBy(p => p.s.Id))
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{session.Id}@lebenswelten",
                Summary = offering.Title,
                Description = offering.Organisation?.Name,
                Location = OfferingText.Place(offering),
                Start = new CalDateTime(session.StartsAt.UtcDateTime, "UTC"),
                End = new CalDateTime(session.EndsAt.UtcDateTime, "UTC"),
                DtStamp = new CalDateTime(offering.UpdatedAt.UtcDateTime, "UTC"),
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
