using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Web.Features.Offerings.Catalogue;

/// <summary>
/// An offering as schema.org JSON-LD (a <c>Course</c> with one <c>CourseInstance</c> per session) for search engines,
/// written into the page as a data block (<c>&lt;script type="application/ld+json"&gt;</c>): browsers never run it, so the
/// Content-Security-Policy's script-src does not apply. The serializer's default encoder writes &lt; &gt; &amp; as \u escapes,
/// so a title cannot close the block (XSS, ASVS V5.3.3). Only what the page shows.
/// </summary>
public static class OfferingJsonLd
{
    /// <summary>Search engines need no more than the next sessions; a course of 200 dates would bloat every page view.</summary>
    public const int MaxInstances = 20;

    public static string For(Offering o, string pageUrl, DateTimeOffset now)
    {
        var course = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Course",
            ["@id"] = pageUrl,
            ["url"] = pageUrl,
            ["name"] = o.Title,
            ["description"] = OfferingMarkdown.ToPlainText(o.Description) is { Length: > 0 } text ? text : o.Title,
            ["inLanguage"] = new JsonArray([.. o.Languages.Select(l => JsonValue.Create(l))]),
            ["isAccessibleForFree"] = o.IsFree,
            ["offers"] = new JsonObject
            {
                ["@type"] = "Offer",
                ["price"] = (o.PriceCents / 100m).ToString("0.00", CultureInfo.InvariantCulture),
                ["priceCurrency"] = "EUR",
                ["category"] = o.IsFree ? "Free" : "Paid",
                ["url"] = pageUrl,
            },
            ["hasCourseInstance"] = new JsonArray([.. o.Sessions.Where(s => s.EndsAt > now).OrderBy(s => s.StartsAt).Take(MaxInstances)
                .Select(s => Instance(o, s))]),
        };
        if (o.Organisation is { } provider)
        {
            course["provider"] = Organization(provider);
        }
        return course.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static JsonObject Instance(Offering o, OfferingSession s) => new()
    {
        ["@type"] = "CourseInstance",
        ["courseMode"] = "Onsite",
        ["startDate"] = BerlinTime.ToLocal(s.StartsAt).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        ["endDate"] = BerlinTime.ToLocal(s.EndsAt).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        ["eventStatus"] = o.Status == OfferingStatus.Cancelled ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
        ["location"] = Place(o),
    };

    private static JsonObject Place(Offering o)
    {
        var place = new JsonObject
        {
            ["@type"] = "Place",
            ["name"] = o.Venue.Name ?? OfferingText.Place(o),
            ["address"] = WithoutNulls(new JsonObject
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = o.Venue.Street,
                ["postalCode"] = o.Venue.PostalCode,
                ["addressLocality"] = o.Venue.City,
                ["addressCountry"] = "DE",
            }),
        };
        if (o is { Latitude: { } lat, Longitude: { } lon })
        {
            place["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = lat, ["longitude"] = lon };
        }
        return place;
    }

    /// <summary>A value the offering does not have is left out, as schema.org expects, rather than written as null.</summary>
    private static JsonObject WithoutNulls(JsonObject node)
    {
        foreach (var key in node.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            node.Remove(key);
        }
        return node;
    }

    private static JsonObject Organization(Lebenswelten.Core.Organisations.Organisation provider)
    {
        var organization = new JsonObject { ["@type"] = "Organization", ["name"] = provider.Name };
        if (Uri.TryCreate(provider.Website, UriKind.Absolute, out var web) && web.Scheme is "http" or "https")
        {
            organization["url"] = web.AbsoluteUri;
        }
        return organization;
    }
}
