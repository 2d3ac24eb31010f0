namespace Lebenswelten.Web.Features.Shared;

/// <summary>
/// What <c>_ConfirmAction.cshtml</c> shows before a destructive action runs (issue 25): the question naming the person or
/// things affected, what will happen, an optional required reason that the person concerned is told, and the way back.
/// The page shows it on a GET (e.g. <c>?entfernen=…</c>) and the form posts to <see cref="Handler"/>, the same pattern as
/// taking a course participant off the list. Texts arrive already localised, so any capability's page can use it.
/// </summary>
public sealed record ConfirmAction(string Question, string Handler, string SubmitLabel, string CancelHref)
{
    /// <summary>What the action will do, in one or two sentences.</summary>
    public string? Hint { get; init; }

    /// <summary>Who or what is affected, each named (WCAG 3.3.4: the person sees what they are about to change).</summary>
    public IReadOnlyList<string> Affected { get; init; } = [];

    /// <summary>Hidden fields the form posts back (e.g. the id of what is confirmed).</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    /// <summary>A required reason, or null when none is asked.</summary>
    public ConfirmReason? Reason { get; init; }
}

/// <summary>
/// The reason field of a confirmation: <paramref name="Name"/> is the form field; its errors are read from ModelState
/// under <paramref name="ErrorKey"/> (default: the name; pages whose domain errors land under "Input." name that key).
/// </summary>
public sealed record ConfirmReason(string Name, string Label, string Hint, string? Value = null, string? ErrorKey = null);
