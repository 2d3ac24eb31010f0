using System.Globalization;
using Hl7.Fhir.Model;

namespace Lebenswelten.Web.Fhir;

/// <summary>
/// The search parameters of one request. Unknown or unsupported parameters are refused with 400 whatever the
/// <c>Prefer: handling</c> header says (FHIR R4 §3.1.1.5.3 allows lenient handling; silently ignoring a filter on
/// health data would answer more than was asked). <c>_format</c> is content negotiation, not a filter.
/// </summary>
public sealed class FhirSearch(IQueryCollection query)
{
    private static readonly string[] Ignored = ["_format", "culture", FhirPaging.Count, FhirPaging.Offset];

    /// <summary>An unknown parameter, or a paging value that does not parse (<see cref="FhirPaging"/>), as a 400.</summary>
    public FhirError? RefuseUnknown(params string[] supported) =>
        query.Keys.FirstOrDefault(k => !supported.Contains(k) && !Ignored.Contains(k)) is { } unknown
            ? FhirError.Invalid("Fhir.UnknownParameter", unknown, string.Join(", ", supported))
            : FhirPaging.Read(query).Error;

    /// <summary>The single value of a parameter, or an error when it is repeated or empty.</summary>
    public (string? Value, FhirError? Error) Single(string name)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return (null, null);
        }
        return values.Count == 1 && !string.IsNullOrWhiteSpace(values[0])
            ? (values[0]!.Trim(), null)
            : (null, FhirError.Invalid("Fhir.InvalidParameter", name));
    }

    /// <summary>A reference parameter (<c>Organization/{id}</c>, or the bare id) to one of the given types.</summary>
    public (Guid? Id, string? Type, FhirError? Error) Reference(string name, params string[] types)
    {
        var (value, error) = Single(name);
        if (value is null)
        {
            return (null, null, error);
        }
        var slash = value.LastIndexOf('/');
        var type = slash < 0 ? types[0] : value[..slash].Split('/')[^1];
        return types.Contains(type) && Guid.TryParse(value[(slash + 1)..], out var id)
            ? (id, type, null)
            : (null, null, FhirError.Invalid("Fhir.InvalidParameter", name));
    }

    /// <summary>A token parameter's codes (comma means "or"), each one of <paramref name="known"/>.</summary>
    public (IReadOnlySet<string>? Codes, FhirError? Error) Tokens(string name, IReadOnlyCollection<string> known)
    {
        var (value, error) = Single(name);
        if (value is null)
        {
            return (null, error);
        }
        var codes = value.Split(',').Select(c => c.Split('|')[^1].Trim()).ToHashSet(StringComparer.Ordinal);
        return codes.All(known.Contains) ? (codes, null) : (null, FhirError.Invalid("Fhir.InvalidParameter", name));
    }

    /// <summary>
    /// Every value of a date parameter (FHIR R4 §3.1.1.4.2), ANDed: prefixes eq (default), ge, gt, le, lt; a date means
    /// the whole Europe/Berlin day (month, year likewise), a dateTime needs its offset.
    /// </summary>
    public (InstantRange Range, FhirError? Error) Dates(string name)
    {
        var range = InstantRange.All;
        foreach (var raw in query.TryGetValue(name, out var values) ? values : default)
        {
            if (!TryParseDate(raw ?? "", out var prefix, out var from, out var until))
            {
                return (range, FhirError.Invalid("Fhir.InvalidDate", name));
            }
            range = prefix switch
            {
                "eq" => range.Intersect(new(from, until)),
                "ge" => range.Intersect(new(from, null)),
                "gt" => range.Intersect(new(until, null)),
                "le" => range.Intersect(new(null, until)),
                _ => range.Intersect(new(null, from)),
            };
        }
        return (range, null);
    }

    private static bool TryParseDate(string raw, out string prefix, out DateTimeOffset from, out DateTimeOffset until)
    {
        var prefixed = raw.Length > 2 && char.IsLetter(raw[0]);
        prefix = prefixed ? raw[..2] : "eq";
        var value = prefixed ? raw[2..] : raw;
        (from, until) = (default, default);
        if (prefix is not ("eq" or "ge" or "gt" or "le" or "lt") || !FhirDateTime.IsValidValue(value)
            || !int.TryParse(value.AsSpan(0, Math.Min(4, value.Length)), CultureInfo.InvariantCulture, out var year)
                || year is < 1970 or > 2999)
        {
            return false;
        }
        if (value.Contains('T'))
        {
            // FHIR requires the offset once there is a time; without one, whose clock would it be?
            if (!HasOffset(value) || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out from))
            {
                return false;
            }
            until = from.AddSeconds(1);
            return true;
        }
        var parts = value.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var month = parts.Length > 1 ? parts[1] : 1;
        var day = parts.Length > 2 ? parts[2] : 1;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        var first = new DateOnly(year, month, day);
        var next = parts.Length switch { 1 => first.AddYears(1), 2 => first.AddMonths(1), _ => first.AddDays(1) };
        (from, until) = (BerlinTime.ToUtc(first, TimeOnly.MinValue), BerlinTime.ToUtc(next, TimeOnly.MinValue));
        return true;
    }

    private static bool HasOffset(string value) => value.EndsWith('Z') || value.LastIndexOfAny(['+', '-']) > value.IndexOf('T');
}
