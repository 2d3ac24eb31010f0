using System.Globalization;
using Hl7.Fhir.Model;

namespace Lebenswelten.Web.Fhir;

/// <summary>
/// One value of a date search parameter (FHIR R4 §3.1.1.4.2) as the instants it covers: a date means the whole
/// Europe/Berlin day (month, year likewise), a dateTime needs its offset.
/// </summary>
internal static class FhirDates
{
    public static bool TryParse(string raw, out string prefix, out DateTimeOffset from, out DateTimeOffset until)
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
