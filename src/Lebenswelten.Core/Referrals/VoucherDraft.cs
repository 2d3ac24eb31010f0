using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Core.Referrals;

/// <summary>
/// What the counsellor fills in. There is deliberately no field for a name, a diagnosis or any reason: the voucher
/// carries suggestions, not health information (issue 19; GDPR Art. 9, data minimisation Art. 5(1)(c)).
/// </summary>
public sealed record VoucherDraft(IReadOnlyList<OfferingCategory> Categories, string? ClientNote, int? ValidMonths,
    string Language = "de")
{
    public const int MaxNoteLength = 500;
    public const int MaxValidMonths = 12;

    /// <param name="more">Rules of the same form that are not the voucher's (the address it is mailed to).</param>
    public DomainProblem? Validate(Action<FieldErrors>? more = null)
    {
        var errors = new FieldErrors();
        more?.Invoke(errors);
        errors.AddIf(Categories is null || Categories.Count == 0, nameof(Categories), "Required");
        errors.AddIf(Categories?.Any(c => !Enum.IsDefined(c)) == true, nameof(Categories), "Unknown");
        errors.AddIf(ClientNote is { Length: > MaxNoteLength }, nameof(ClientNote), "TooLong");
        errors.AddIf(ValidMonths is < 1 or > MaxValidMonths, nameof(ValidMonths), "OutOfRange");
        errors.AddIf(!VoucherLanguages.IsKnown(Language), nameof(Language), "Unknown");
        return errors.Any ? errors.ToProblem() : null;
    }
}
