using System.Globalization;

namespace Lebenswelten.Core.Offerings;

/// <summary>How an offering's place and times read in mails and calendar files.</summary>
public static class OfferingText
{
    public static string Place(Offering offering) =>
        Place(offering.Venue.Name, offering.Venue.Street, offering.Venue.PostalCode, offering.Venue.City);

    /// <summary>"Name, Street, Postcode City", leaving out what is blank (offerings' venues and telemedicine rooms).</summary>
    public static string Place(string? name, string? street, string? postalCode, string? city)
    {
        var town = string.Join(" ", new[] { postalCode, city }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return string.Join(", ", new[] { name, street, town }.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    public static string Session(OfferingSession session, string language)
    {
        var end = BerlinTime.ToLocal(session.EndsAt).ToString("HH:mm", CultureInfo.InvariantCulture);
        return $"{DateTimeText.Long(session.StartsAt, language)} – {end}";
    }

    public static string SessionList(Offering offering, string language) =>
        string.Join("\n", offering.Sessions.OrderBy(s => s.StartsAt).Select(s => "- " + Session(s, language)));
}
