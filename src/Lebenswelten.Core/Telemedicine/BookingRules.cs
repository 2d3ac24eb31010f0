namespace Lebenswelten.Core.Telemedicine;

/// <summary>What a booking must carry, whoever books it: the page, the JSON API and FHIR $book alike.</summary>
public static class BookingRules
{
    public const int MaxNameLength = 200;
    public const int MaxReasonLength = 500;

    public static DomainProblem? Validate(BookingRequest request)
    {
        var e = new FieldErrors();
        var who = request.Patient;
        e.AddIf(string.IsNullOrWhiteSpace(who.Name), "Name", "Required");
        e.AddIf(who.Name?.Length > MaxNameLength, "Name", "TooLong");
        e.AddIf(who.UserId is null && string.IsNullOrWhiteSpace(who.Email) && string.IsNullOrWhiteSpace(who.Phone), "Email", "Required");
        e.AddIf(!string.IsNullOrWhiteSpace(who.Email) && !ContactRules.IsEmail(who.Email.Trim()), "Email", "InvalidEmail");
        if (!string.IsNullOrWhiteSpace(who.Phone))
        {
            // "0" or "123" would reach nobody: the practice must be able to call back (issue 15).
            e.AddIf(who.Phone.Length > 40, "Phone", "TooLong");
            e.AddIf(who.Phone.Length <= 40 && !TypedPhone.IsValid(who.Phone), "Phone", "InvalidPhone");
        }
        e.AddIf(!Enum.IsDefined(request.Kind), nameof(request.Kind), "Unknown");
        e.AddIf(request.Reason is { Length: > MaxReasonLength }, nameof(request.Reason), "TooLong");
        return e.Any ? e.ToProblem() : null;
    }
}
