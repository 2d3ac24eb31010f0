using System.Text.Json;

namespace Lebenswelten.Web.Tests.OpenData;

/// <summary>
/// The part of the schema.org vocabulary (https://schema.org, version 29) the offering pages use: each type with the
/// properties schema.org defines for it or inherits (Thing → CreativeWork → Course; Thing → Intangible → Offer; Thing →
/// Event → CourseInstance; Thing → Place; StructuredValue → PostalAddress, GeoCoordinates; Thing → Organization), and the
/// enumeration members used. A property or type outside it is a typo search engines would silently ignore.
/// </summary>
public static class SchemaOrgVocabulary
{
    private static readonly string[] Thing = ["@context", "@type", "@id", "name", "description", "url", "identifier", "image", "sameAs"];

    private static readonly Dictionary<string, string[]> Properties = new()
    {
        ["Course"] = [.. Thing, "provider", "hasCourseInstance", "inLanguage", "isAccessibleForFree", "offers", "courseCode", "audience", "educationalLevel"],
        ["CourseInstance"] = [.. Thing, "courseMode", "startDate", "endDate", "eventStatus", "location", "eventAttendanceMode", "organizer", "offers", "courseSchedule", "instructor"],
        ["Offer"] = [.. Thing, "price", "priceCurrency", "category", "availability", "validFrom"],
        ["Place"] = [.. Thing, "address", "geo"],
        ["PostalAddress"] = [.. Thing, "streetAddress", "postalCode", "addressLocality", "addressRegion", "addressCountry"],
        ["GeoCoordinates"] = [.. Thing, "latitude", "longitude"],
        ["Organization"] = [.. Thing, "email", "telephone", "address"],
    };

    private static readonly HashSet<string> EventStatus = ["https://schema.org/EventScheduled", "https://schema.org/EventCancelled",
        "https://schema.org/EventPostponed", "https://schema.org/EventRescheduled", "https://schema.org/EventMovedOnline"];

    /// <summary>Every node's type is known and each of its properties belongs to its type; dates parse; no value is null.</summary>
    public static void AssertValid(JsonElement node, string path = "$")
    {
        Assert.Equal(JsonValueKind.Object, node.ValueKind);
        var type = node.GetProperty("@type").GetString()!;
        Assert.True(Properties.TryGetValue(type, out var allowed), $"{path}: schema.org has no type {type} here");
        foreach (var property in node.EnumerateObject())
        {
            Assert.True(allowed!.Contains(property.Name), $"{path}: {type} has no property {property.Name}");
            Assert.NotEqual(JsonValueKind.Null, property.Value.ValueKind);
            if (property.Name is "startDate" or "endDate")
            {
                Assert.True(DateTimeOffset.TryParse(property.Value.GetString(), out _), $"{path}.{property.Name}: not ISO 8601");
            }
            if (property.Name == "eventStatus")
            {
                Assert.Contains(property.Value.GetString()!, EventStatus);
            }
            var children = property.Value.ValueKind == JsonValueKind.Array ? property.Value.EnumerateArray().ToList() : [property.Value];
            foreach (var child in children.Where(c => c.ValueKind == JsonValueKind.Object))
            {
                AssertValid(child, $"{path}.{property.Name}");
            }
        }
    }
}
