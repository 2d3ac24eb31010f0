using System.Globalization;

namespace Lebenswelten.Web.Features.Shared;

/// <summary>
/// Numbers as people type them: "12,50", "12.50", "12 €", "50,9271". A comma or a point is the decimal mark;
/// with both ("1.234,50") the last one is.
/// </summary>
public static class FormNumbers
{
    public static decimal? Decimal(string? raw, string field, FieldErrors errors)
    {
        var text = raw?.Replace("€", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var mark = text.LastIndexOfAny([',', '.']);
        var normalised = mark < 0 ? text
            : text[..mark].Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal) + "." + text[(mark + 1)..];
        if (decimal.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var value)
            && Math.Abs(value) < 1_000_000_000m)
        {
            return value;
        }
        errors.Add(field, "NotANumber");
        return null;
    }

    /// <summary>Euros to cents; more than two decimals is a typing error, not something to round away.</summary>
    public static int? Cents(string? raw, string field, FieldErrors errors)
    {
        if (Decimal(raw, field, errors) is not { } euros)
        {
            return null;
        }
        if (decimal.Round(euros, 2) != euros)
        {
            errors.Add(field, "NotANumber");
            return null;
        }
        return (int)(euros * 100);
    }

    public static string Euros(int cents) => (cents / 100m).ToString("0.00", CultureInfo.CurrentCulture);

    public static string? Show(double? value) => value?.ToString("0.######", CultureInfo.CurrentCulture);
}
