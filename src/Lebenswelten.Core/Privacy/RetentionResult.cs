namespace Lebenswelten.Core.Privacy;

/// <summary>What one retention run deleted or anonymised: per capability (by its name), and Privacy's own audit and mails.</summary>
public sealed record RetentionResult(IReadOnlyDictionary<string, int> Purged, int AuditEntriesDeleted, int MailsDeleted)
{
    /// <summary>The records a capability purged in this run; 0 for one that took no part.</summary>
    public int Of(string capability) => Purged.GetValueOrDefault(capability);
}
