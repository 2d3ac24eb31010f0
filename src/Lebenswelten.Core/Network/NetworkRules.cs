namespace Lebenswelten.Core.Network;

/// <summary>The checks every network form shares: lengths, addresses, links and choices, as field errors.</summary>
public static class NetworkRules
{
    public const int MaxTextLength = 4000;

    public static void Text(FieldErrors errors, string field, string? value, int max, bool required = false)
    {
        errors.AddIf(required && string.IsNullOrWhiteSpace(value), field, "Required");
        errors.AddIf(value?.Trim().Length > max, field, "TooLong");
    }

    public static void Email(FieldErrors errors, string field, string? value, bool required = false)
    {
        var email = TypedText.TrimmedOrNull(value);
        errors.AddIf(required && email is null, field, "Required");
        errors.AddIf(email is not null && !ContactRules.IsEmail(email), field, "InvalidEmail");
    }

    /// <summary>An absolute http(s) address (a website, a video meeting); anything else, javascript: above all, is refused.</summary>
    public static void Link(FieldErrors errors, string field, string? value, bool httpsOnly = false)
    {
        if (TypedText.TrimmedOrNull(value) is not { } link)
        {
            return;
        }
        errors.AddIf(link.Length > 500 || !Uri.TryCreate(link, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (!httpsOnly && uri.Scheme == Uri.UriSchemeHttp)), field, "InvalidLink");
    }

    public static void PostalCode(FieldErrors errors, string field, string? value) =>
        errors.AddIf(TypedText.TrimmedOrNull(value) is { } code && !ContactRules.IsPostalCode(code), field, "InvalidPostalCode");

    /// <summary>A choice that must be one of the enum's named values.</summary>
    public static void Choice<TEnum>(FieldErrors errors, string field, TEnum? value, bool required = true) where TEnum : struct, Enum
    {
        errors.AddIf(required && value is null, field, "Required");
        errors.AddIf(value is { } chosen && !Enum.IsDefined(chosen), field, "Unknown");
    }

    /// <summary>A set of flags (fields of action, life phases, target groups) made only of the named ones.</summary>
    public static void Flags<TEnum>(FieldErrors errors, string field, TEnum value) where TEnum : struct, Enum
    {
        var all = Enum.GetValues<TEnum>().Aggregate(0L, (mask, flag) => mask | Convert.ToInt64(flag,
            System.Globalization.CultureInfo.InvariantCulture));
        errors.AddIf((Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) & ~all) != 0, field, "Unknown");
    }

    /// <summary>The text as stored: trimmed, null when empty.</summary>
    public static string? Clean(string? value) => TypedText.TrimmedOrNull(value);
}
