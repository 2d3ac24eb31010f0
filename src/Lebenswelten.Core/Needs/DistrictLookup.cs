namespace Lebenswelten.Core.Needs;

/// <summary>Finds a site's district by key or by name, as people write them in spreadsheets.</summary>
public sealed class DistrictLookup
{
    private readonly Dictionary<string, (Guid Id, string Name)> byKeyOrName = new(StringComparer.OrdinalIgnoreCase);

    public static async Task<DistrictLookup> LoadAsync(LebensweltenDbContext db, Guid siteId, CancellationToken ct)
    {
        var lookup = new DistrictLookup();
        foreach (var d in await db.Districts.AsNoTracking().Where(d => d.SiteId == siteId)
            .Select(d => new { d.Id, d.Key, d.Name }).ToListAsync(ct))
        {
            lookup.byKeyOrName.TryAdd(d.Name, (d.Id, d.Name));
            lookup.byKeyOrName[d.Key] = (d.Id, d.Name);
        }
        return lookup;
    }

    public bool TryFind(string keyOrName, out (Guid Id, string Name) district) => byKeyOrName.TryGetValue(keyOrName.Trim(), out district);
}
