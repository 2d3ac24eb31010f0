namespace Lebenswelten.Core.Privacy;

/// <summary>
/// How a capability that holds personal data takes part in a person's rights and in retention. The capability's module
/// registers its own (<c>services.AddScoped&lt;IPersonalDataParticipant, X&gt;()</c>); Privacy runs every registered
/// participant and never calls into a capability otherwise. Each call runs inside the transaction that Privacy opened
/// for the whole request, so a person is erased everywhere or nowhere.
/// </summary>
public interface IPersonalDataParticipant
{
    /// <summary>The capability's name: the key of its retention count, and of its section in the export.</summary>
    string Capability { get; }

    /// <summary>What this capability holds about the account, for the export (GDPR Art. 15 and 20); null when nothing.</summary>
    Task<PersonalDataSection?> ExportAsync(string userId, CancellationToken ct);

    /// <summary>
    /// Erases or anonymises the account's records (GDPR Art. 17); how many records it touched. Figures that were counted
    /// stay counted: anonymise what a report needs, delete the rest. Places the person held are released so that waiting
    /// lists move up.
    /// </summary>
    Task<int> EraseAsync(string userId, DateTimeOffset now, CancellationToken ct);

    /// <summary>Deletes or anonymises what is past its retention period (GDPR Art. 5(1)(e)); how many records it touched.</summary>
    Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken ct);
}
