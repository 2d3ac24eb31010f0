using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Lebenswelten.Core.Network;

/// <summary>A meeting as an iCalendar file (RFC 5545), attached to the invitation so it lands in every calendar.</summary>
public static class MeetingCalendar
{
    public const string ContentType = "text/calendar";

    public static string FileName(Meeting meeting) => $"sitzung-{meeting.Id:N}.ics";

    public static string ToIcs(Meeting meeting, string networkName)
    {
        var calendar = new Calendar { ProductId = "-//Lebenswelten//Netzwerk//DE" };
        calendar.Events.Add(new CalendarEvent
        {
            Uid = $"{meeting.Id}@lebenswelten",
            Summary = meeting.Title,
            Description = string.Join("\n", [networkName, .. meeting.Agenda.Select((item, i) => $"{i + 1}. {item}")]),
            Location = NetworkText.Place(meeting, "de"),
            Url = meeting.VideoLink is { } link ? new Uri(link) : null,
            Start = new CalDateTime(meeting.StartsAt.UtcDateTime, "UTC"),
            End = new CalDateTime(meeting.EndsAt.UtcDateTime, "UTC"),
            DtStamp = new CalDateTime(meeting.CreatedAt.UtcDateTime, "UTC"),
        });
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
