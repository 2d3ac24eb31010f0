namespace Lebenswelten.Core.Offerings;

/// <summary>
/// Who registers. For account holders <see cref="UserId"/> is set and the e-mail comes from the account;
/// guests give name and e-mail (for the confirmation link), the rest is voluntary.
/// </summary>
public sealed record Registrant(
    string? UserId,
    string Name,
    string? Email,
    string? Phone = null,
    string? PostalCode = null,
    int? BirthYear = null,
    Sex? Sex = null,
    string Language = "de")
{
    public const int MaxNameLength = 200;

    public DomainProblem? Validate(int currentYear)
    {
        var errors = new FieldErrors();
        errors.AddIf(string.IsNullOrWhiteSpace(Name), nameof(Name), "Required");
        errors.AddIf(Name?.Length > MaxNameLength, nameof(Name), "TooLong");
        if (UserId is null && string.IsNullOrWhiteSpace(Email))
        {
            errors.Add(nameof(Email), "Required");
        }
        else if (Email is not null && !ContactRules.IsEmail(Email))
        {
            errors.Add(nameof(Email), "InvalidEmail");
        }
        errors.AddIf(Phone is { Length: > 40 }, nameof(Phone), "TooLong");
        errors.AddIf(PostalCode is not null && !ContactRules.IsPostalCode(PostalCode), nameof(PostalCode), "InvalidPostalCode");
        errors.AddIf(Sex is { } sex && !Enum.IsDefined(sex), nameof(Sex), "Unknown");
        errors.AddIf(BirthYear is { } year && (year < currentYear - 120 || year > currentYear), nameof(BirthYear), "OutOfRange");
        return errors.Any ? errors.ToProblem() : null;
    }
}
