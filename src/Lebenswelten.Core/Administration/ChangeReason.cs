namespace Lebenswelten.Core.Administration;

/// <summary>
/// The reason a person is given when someone else takes their access away (issue 25): required, and short enough for a
/// mail. The person is told it, so it is part of what they can export about themselves via the outbox.
/// </summary>
public static class ChangeReason
{
    public const int MaxLength = 1000;

    /// <summary>The trimmed reason, or the field problem (<c>Reason</c>: Required or TooLong).</summary>
    public static Outcome<string> Check(string? reason)
    {
        var trimmed = reason?.Trim() ?? "";
        return trimmed.Length == 0 ? DomainProblem.Field("Reason", "Required")
            : trimmed.Length > MaxLength ? DomainProblem.Field("Reason", "TooLong")
            : trimmed;
    }
}
