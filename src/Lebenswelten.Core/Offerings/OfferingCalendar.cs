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

    public static string ToIcs(Offering offering)
    {
        var calendar = new Calendar { ProductId = "-//Lebenswelten//Angebote//DE" };
        calendar.AddProperty("X-WR-CALNAME", offering.Title);
        foreach (var session in offering.Sessions.OrderBy(s => s.StartsAt))
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
