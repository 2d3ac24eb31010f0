using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Lebenswelten.Core.Common;

/// <summary>One event of an iCalendar file, in the words its capability chose.</summary>
public sealed record IcsEvent(string Uid, string Summary, string? Description, string? Location, DateTimeOffset Start,
    DateTimeOffset End, DateTimeOffset Stamp, string? Url = null);

/// <summary>
/// Writes iCalendar files (RFC 5545) for every calendar the platform hands out: an offering's sessions, an appointment,
/// a site's public subscription feed and a person's own feed. Times are written in UTC and the events ordered by start,
/// so the same data gives the same bytes (and the same ETag).
/// </summary>
public static class IcsCalendar
{
    public const string ContentType = "text/calendar";

    public static string Write(string productId, string? name, IEnumerable<IcsEvent> events)
    {
        var calendar = new Calendar { ProductId = productId };
        if (name is not null)
        {
            calendar.AddProperty("X-WR-CALNAME", name);
        }
        foreach (var e in events.OrderBy(e => e.Start).ThenBy(e => e.Uid, StringComparer.Ordinal))
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = e.Uid,
                Summary = e.Summary,
                Description = e.Description,
                Location = e.Location,
                Url = e.Url is null ? null : new Uri(e.Url),
                Start = Utc(e.Start),
                End = Utc(e.End),
                DtStamp = Utc(e.Stamp),
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalDateTime Utc(DateTimeOffset time) => new(time.UtcDateTime, "UTC");
}
