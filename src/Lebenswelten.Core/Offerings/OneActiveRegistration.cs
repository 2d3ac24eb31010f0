namespace Lebenswelten.Core.Offerings;

/// <summary>
/// One active registration per address and per account for each offering, kept by two partial unique indexes
/// (<see cref="OfferingConfiguration"/>). A guest's registration is not looked up first: the index refuses a second one
/// when it is saved, which spares every registration of a rush one query under the offering's lock (issue 21).
/// </summary>
internal static class OneActiveRegistration
{
    public const string PerEmail = "IX_Registrations_OneActivePerEmail";
    public const string PerAccount = "IX_Registrations_OneActivePerAccount";

    /// <summary>
    /// Saves the context's changes; false if the index refused them as a second active registration of the same person.
    /// The transaction then rolls back when disposed, and nothing of the attempt stays tracked for a later save.
    /// </summary>
    public static Task<bool> TrySaveAsync(LebensweltenDbContext db, CancellationToken ct) =>
        DatabaseConflicts.TrySaveAsync(db, IsBrokenBy, ct);

    /// <summary>Whether the database refused the write as a second active registration of the same person.</summary>
    private static bool IsBrokenBy(DbUpdateException error) => DatabaseConflicts.Refusal(error) is { } named
        && (named is PerEmail or PerAccount
            // SQLite names the columns, not the index.
            || named.Contains("Registrations.NormalizedEmail", StringComparison.Ordinal)
            || named.Contains("Registrations.UserId", StringComparison.Ordinal));
}
