using PhoneNumbers;

namespace Lebenswelten.Core.Common;

/// <summary>
/// Phone numbers as people type them ("0176 1234567", "+49 3641 123456"), checked with libphonenumber: numbers
/// without a country code are read as German. Stored in E.164, so that one number is one number however it was typed.
/// </summary>
public static class TypedPhone
{
    public const string DefaultRegion = "DE";
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static bool IsValid(string? typed) => ToE164(typed) is not null;

    /// <summary>The number in E.164 form, or null for anything that is not a valid, dialable number.</summary>
    public static string? ToE164(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 40)
        {
            return null;
        }
        try
        {
            var number = Util.Parse(typed, DefaultRegion);
            return Util.IsValidNumber(number) ? Util.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
