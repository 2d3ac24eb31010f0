namespace Lebenswelten.Core.Offerings;

/// <summary>An iCalendar file with every session of an offering, for phone calendars (RFC 5545).</summary>
public static class OfferingCalendar
{
    public const string ContentType = IcsCalendar.ContentType;

    public static string FileName(Offering offering) => $"angebot-{offering.Id:N}.ics";

    public static string ToIcs(Offering offering) => ToIcs([offering], offering.Title);

    /// <summary>Several offerings' sessions in one calendar (a site's subscription feed).</summary>
    public static string ToIcs(IEnumerable<Offering> offerings, string name) =>
        IcsCalendar.Write("-//Lebenswelten//Angebote//DE", name, Events(offerings));

    /// <summary>
    /// Each session as an event: its UID is the session's, its DTSTAMP the offering's last change. Public texts only
    /// (title, provider, place), so the same events serve the public feed and a person's own feed.
    /// </summary>
    public static IEnumerable<IcsEvent> Events(IEnumerable<Offering> offerings) =>
        offerings.SelectMany(o => o.Sessions.Select(s => new IcsEvent($"{s.Id}@lebenswelten", o.Title, o.Organisation?.Name,
            OfferingText.Place(o), s.StartsAt, s.EndsAt, o.UpdatedAt)));
}
