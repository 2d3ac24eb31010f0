using Lebenswelten.Core.Sites;
using System.Globalization;
using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Web.Features.Offerings.Catalogue;

/// <summary>Reads one query-string value; a value that does not parse is left out and named in the errors.</summary>
internal static class CatalogueValues
{
    // ISO from date inputs and the API; the German way for old phones whose browsers show a plain text field.
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d.M.yyyy"];

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>One named member of an enum ("Exercise", any case); numbers and "None" are not names people choose.</summary>
    public static T? Member<T>(string? value, string field, FieldErrors errors) where T : struct, Enum
    {
        if (Blank(value) is not { } text)
        {
            return null;
        }
        if (text.All(char.IsAsciiLetter) && !text.Equals("None", StringComparison.OrdinalIgnoreCase)
            && Enum.TryParse<T>(text, ignoreCase: true, out var member))
        {
            return member;
        }
        errors.Add(field, "Unknown");
        return null;
    }

    /// <summary>Several members, as repeated values or separated by commas.</summary>
    public static IEnumerable<T> Members<T>(IEnumerable<string>? values, string field, FieldErrors errors) where T : struct, Enum =>
        (values ?? []).SelectMany(v => v.Split(',')).Where(v => Blank(v) is not null)
            .Select(v => Member<T>(v, field, errors)).OfType<T>().Distinct().ToList();

    public static bool Flag(string? value, string field, FieldErrors errors)
    {
        switch (Blank(value)?.ToLowerInvariant())
        {
            case null or "false" or "0" or "off":
                return false;
            case "true" or "1" or "on":
                return true;
            default:
                errors.Add(field, "Unknown");
                return false;
        }
    }

    public static DateOnly? Date(string? value, string field, FieldErrors errors)
    {
        if (Blank(value) is not { } text)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= 2000 and <= 2100)
        {
            return date;
        }
        errors.Add(field, "InvalidDate");
        return null;
    }

    public static int? Number(string? value, string field, int min, int max, FieldErrors errors)
    {
        if (Blank(value) is not { } text)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }
        errors.Add(field, "OutOfRange");
        return null;
    }

    /// <summary>By date, or by distance from a postcode's centre, which then must be one we know.</summary>
    public static (CatalogueSort Sort, PostcodeCentroid? Near) Sorting(string? sort, string? postcode, FieldErrors errors)
    {
        var byDistance = false;
        switch (Blank(sort)?.ToLowerInvariant())
        {
            case null or "date":
                break;
            case "distance":
                byDistance = true;
                break;
            default:
                errors.Add("sort", "Unknown");
                break;
        }
        PostcodeCentroid? near = null;
        if (Blank(postcode) is not { } code)
        {
            errors.AddIf(byDistance, "postcode", "Required");
        }
        else if (!ContactRules.IsPostalCode(code))
        {
            errors.Add("postcode", "InvalidPostalCode");
        }
        else
        {
            near = PostcodeCentroids.Find(code);
            errors.AddIf(near is null && byDistance, "postcode", "PostcodeNotFound");
        }
        return byDistance && near is not null ? (CatalogueSort.Distance, near) : (CatalogueSort.Date, null);
    }
}
