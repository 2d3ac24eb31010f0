namespace Lebenswelten.Core.Offerings;

/// <summary>
/// A person who calls to register, as staff type them in (issue 25): name and phone number, an e-mail address if they
/// have one, the language of their mails, and staff's confirmation that the person agreed on the phone to what the
/// registration stores (GDPR Art. 6(1)(a), 9(2)(a): taking part in a health course is health data). Without that there is
/// nothing to enter, as a paper consent needs its signed form.
/// </summary>
public sealed record PhoneRegistrationDraft(string? Name, string? Phone, string? Email = null, bool ConsentGiven = false,
    string? Language = null)
{
    public DomainProblem? Validate()
    {
        var errors = new FieldErrors();
        errors.AddIf(string.IsNullOrWhiteSpace(Name), nameof(Name), "Required");
        errors.AddIf(Name?.Length > Registrant.MaxNameLength, nameof(Name), "TooLong");
        errors.AddIf(string.IsNullOrWhiteSpace(Phone), nameof(Phone), "Required");
        errors.AddIf(!string.IsNullOrWhiteSpace(Phone) && !IsPhoneNumber(Phone.Trim()), nameof(Phone), "NotAPhoneNumber");
        errors.AddIf(!string.IsNullOrWhiteSpace(Email) && !ContactRules.IsEmail(Email.Trim()), nameof(Email), "InvalidEmail");
        errors.AddIf(Language is not (null or "de" or "en"), nameof(Language), "Unknown");
        errors.AddIf(!ConsentGiven, nameof(ConsentGiven), "ConsentMissing");
        return errors.Any ? errors.ToProblem() : null;
    }

    /// <summary>The registrant the one registration use case takes (<see cref="RegistrationService"/>), as self-registration does.</summary>
    public Registrant ToRegistrant() =>
        new(null, Name!.Trim(), TypedText.TrimmedOrNull(Email), Phone!.Trim(), Language: Language ?? "de");

    /// <summary>Digits, spaces and the usual marks ("+49 3641 123-45", "(0341) 12 34 56"), with 5 to 20 digits.</summary>
    public static bool IsPhoneNumber(string value) =>
        value.Length <= 40 && value.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '/' or '(' or ')')
        && value.Count(char.IsAsciiDigit) is >= 5 and <= 20;

    /// <summary>The digits alone, "+49" read as "0", so that "0341 123456" and "+49 341 123456" are one number.</summary>
    public static string Digits(string phone)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return phone.TrimStart().StartsWith('+') && digits.StartsWith("49", StringComparison.Ordinal) ? "0" + digits[2..] : digits;
    }
}
