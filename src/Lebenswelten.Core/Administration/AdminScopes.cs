namespace Lebenswelten.Core.Administration;

/// <summary>The <see cref="AdminScope"/> of the person acting in this request, read fresh from the database.</summary>
public sealed class AdminScopes(LebensweltenDbContext db)
{
    public Task<AdminScope> ForAsync(string? userId, CancellationToken ct) => AdminScope.LoadAsync(db, userId, ct);
}
