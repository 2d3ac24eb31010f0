using System.Runtime.CompilerServices;

namespace Lebenswelten.Core.Offerings;

/// <summary>
/// The catalogue's free-text filter: every word must occur somewhere in <see cref="Offering.SearchText"/>.
/// PostgreSQL answers LIKE '%word%' from a trigram index on the column; SQLite from the FTS5 trigram table
/// "OfferingSearchIndex" that triggers keep in step with the column (migration CatalogueTextIndex).
/// </summary>
internal static class OfferingTextSearch
{
    public static IQueryable<Offering> Matching(LebensweltenDbContext db, IQueryable<Offering> offerings, IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return offerings;
        }
        if (db.Database.IsSqlite() && !words.Any(HasWildcard))
        {
            // FTS5 cannot use its index for a LIKE with ESCAPE, so only words without wildcards go this way.
            var conditions = string.Join(" AND ", words.Select((_, i) => $"\"SearchText\" LIKE {{{i}}}"));
            var sql = FormattableStringFactory.Create(
                "SELECT o.\"Id\" AS \"Value\" FROM \"Offerings\" AS o "
                + $"WHERE o.rowid IN (SELECT rowid FROM \"OfferingSearchIndex\" WHERE {conditions})",
                words.Select(w => (object)$"%{w}%").ToArray());
            var ids = db.Database.SqlQuery<Guid>(sql);
            return offerings.Where(o => ids.Contains(o.Id));
        }
        foreach (var word in words)
        {
            var pattern = $"%{Escape(word)}%";
            offerings = offerings.Where(o => EF.Functions.Like(o.SearchText, pattern, "\\"));
        }
        return offerings;
    }

    private static bool HasWildcard(string word) => word.Any(c => c is '%' or '_' or '\\');

    private static string Escape(string word) => word.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
