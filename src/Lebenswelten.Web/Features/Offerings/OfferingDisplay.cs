using System.Globalization;
using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Web.Features.Offerings;

/// <summary>How offerings read on the pages: labels from the resources, times in Europe/Berlin.</summary>
public static class OfferingDisplay
{
    /// <summary>The session running now or coming next.</summary>
    public static OfferingSession? NextSession(Offering offering, DateTimeOffset now) =>
        offering.Sessions.OrderBy(s => s.StartsAt).FirstOrDefault(s => s.EndsAt > now);

    /// <summary>A newcomer goes on the waiting list when the places are taken or others already wait (RegistrationService).</summary>
    public static bool HasWaitingList(Offering offering) => offering.PlacesLeft == 0 || offering.WaitingCount > 0;

    public static string Money(int cents) => string.Format(CultureInfo.CurrentCulture, "{0:N2} €", cents / 100m);

    public static string Age(this IStringLocalizer text, int? min, int? max) => (min, max) switch
    {
        ({ } from, { } to) => text["Offering.AgeRange", from, to],
        ({ } from, null) => text["Offering.AgeFrom", from],
        (null, { } to) => text["Offering.AgeTo", to],
        _ => text["Offering.AgeAny"],
    };

    public static string OpenStreetMap(double latitude, double longitude) => string.Create(CultureInfo.InvariantCulture,
        $"https://www.openstreetmap.org/?mlat={latitude:0.#####}&mlon={longitude:0.#####}#map=17/{latitude:0.#####}/{longitude:0.#####}");

    public static string Coordinates(double latitude, double longitude) =>
        string.Create(CultureInfo.InvariantCulture, $"{latitude:0.#####}, {longitude:0.#####}");
}
