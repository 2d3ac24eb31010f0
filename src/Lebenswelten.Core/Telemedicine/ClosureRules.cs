namespace Lebenswelten.Core.Telemedicine;

/// <summary>What closed days must be: from today on, at most a year at once.</summary>
public static class ClosureRules
{
    public const int MaxReasonLength = 500;
    public const int MaxDays = 366;

    public static DomainProblem? Validate(ClosureDraft draft, DateOnly today)
    {
        var e = new FieldErrors();
        e.AddIf(draft.From < today, nameof(draft.From), "InThePast");
        e.AddIf(draft.To < draft.From || draft.To.DayNumber - draft.From.DayNumber >= MaxDays, nameof(draft.To), "OutOfRange");
        e.AddIf(draft.Reason is { Length: > MaxReasonLength }, nameof(draft.Reason), "TooLong");
        return e.Any ? e.ToProblem() : null;
    }
}
