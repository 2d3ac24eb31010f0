using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Offerings;

/// <summary>The public catalogue: published offerings that have not ended, filtered, sorted and paged in SQL.</summary>
public sealed class OfferingCatalogue(LebensweltenDbContext db, TimeProvider clock)
{
    public async Task<CataloguePage> SearchAsync(CatalogueQuery query, CancellationToken ct)
    {
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, CatalogueQuery.MaxPageSize);
        var filtered = Filter(query);
        var (total, capped) = await CountAsync(filtered, query.CountLimit is { } limit ? Math.Max(limit, (page + 1) * size) : null, ct);
        // Only a full page can be proven from a box; a catalogue's last page goes straight to the full sort.
        var full = capped || total >= page * size;
        var rows = (full ? await NearestPageAsync(filtered, query, page, size, ct) : null)
            ?? await PageAsync(filtered, query, page, size, ct);
        var items = await WithDistrictsAsync(rows, ct);
        return new CataloguePage(items, total, page, size, capped);
    }

    private Task<List<Offering>> PageAsync(IQueryable<Offering> filtered, CatalogueQuery query, int page, int size, CancellationToken ct)
    {
        // Ids first: the sort then runs on index columns only, and the full rows are read for one page, not all matches.
        // One statement (the ids as a subquery), sorted again over the page's rows: one round trip fewer per search.
        var ids = Sort(filtered, query).Select(o => o.Id).Skip((page - 1) * size).Take(size);
        return Sort(Details().Where(o => ids.Contains(o.Id)), query).AsSingleQuery().ToListAsync(ct);
    }

    /// <summary>
    /// The distance sort's page from the smallest box around the postcode that proves it (see <see cref="DistanceBox"/>),
    /// or null when none does: sorting every match by distance took 184 ms of 200,000 offerings, a box of 550 m 2 ms.
    /// </summary>
    private async Task<List<Offering>?> NearestPageAsync(IQueryable<Offering> filtered, CatalogueQuery query, int page, int size,
        CancellationToken ct)
    {
        if (query.Sort != CatalogueSort.Distance || query.Near is not { } near)
        {
            return null;
        }
        foreach (var box in DistanceBox.Widening(near))
        {
            var rows = await PageAsync(box.Within(filtered), query, page, size, ct);
            if (rows.Count == size && box.Proves(rows[^1], PreferredLanguage(query)))
            {
                return rows;
            }
        }
        return null;
    }

    /// <summary>The number of matches, or <paramref name="limit"/> and true when more match: COUNT over a LIMIT subquery.</summary>
    private static async Task<(int Total, bool Capped)> CountAsync(IQueryable<Offering> filtered, int? limit, CancellationToken ct)
    {
        if (limit is not { } most)
        {
            return (await filtered.CountAsync(ct), false);
        }
        var counted = await filtered.Select(o => o.Id).Take(most + 1).CountAsync(ct);
        return counted > most ? (most, true) : (counted, false);
    }

    /// <summary>
    /// Every match with its sessions, up to <paramref name="limit"/> offerings (the subscription feed): no paging, since a
    /// calendar app reads one address; the limit keeps one request from reading a whole city.
    /// </summary>
    public async Task<IReadOnlyList<Offering>> AllAsync(CatalogueQuery query, int limit, CancellationToken ct)
    {
        var ids = await Sort(Filter(query), query).Select(o => o.Id).Take(limit).ToListAsync(ct);
        return await WithDistrictsAsync(
            await Details().Where(o => ids.Contains(o.Id)).AsSplitQuery().OrderBy(o => o.Id).ToListAsync(ct), ct);
    }

    /// <summary>Every public offering's id and last change, across sites (sitemap.xml): one light query, no details.</summary>
    public async Task<IReadOnlyList<(Guid Id, DateTimeOffset UpdatedAt)>> PublicIdsAsync(int limit, CancellationToken ct) =>
        (await Filter(new CatalogueQuery()).OrderBy(o => o.Id).Take(limit).Select(o => new { o.Id, o.UpdatedAt }).ToListAsync(ct))
        .Select(o => (o.Id, o.UpdatedAt)).ToList();

    /// <summary>One offering as the public sees it: drafts do not exist for the public.</summary>
    public async Task<Offering?> FindPublicAsync(Guid id, CancellationToken ct) =>
        await WithDistrictAsync(await Details().SingleOrDefaultAsync(o => o.Id == id && o.Status != OfferingStatus.Draft, ct), ct);

    /// <summary>The names of the insurers that fund an offering jointly, for "funded by …" (seed 004).</summary>
    public async Task<IReadOnlyList<string>> FunderNamesAsync(Offering offering, CancellationToken ct)
    {
        var ids = offering.FunderIds;
        return ids.Count == 0 ? []
            : await db.Organisations.Where(o => ids.Contains(o.Id)).OrderBy(o => o.Name).Select(o => o.Name).ToListAsync(ct);
    }

    /// <summary>Any offering with its details, for the people who manage it.</summary>
    public async Task<Offering?> FindAsync(Guid id, CancellationToken ct) =>
        await WithDistrictAsync(await Details().SingleOrDefaultAsync(o => o.Id == id, ct), ct);

    /// <summary>
    /// Without the district: an Include would read each district's boundary polygon with every offering (issue 21);
    /// <see cref="WithDistrictsAsync"/> adds the district's name and key instead.
    /// </summary>
    private IQueryable<Offering> Details() =>
        db.Offerings.Include(o => o.Organisation).Include(o => o.Sessions).AsNoTracking();

    private async Task<Offering?> WithDistrictAsync(Offering? offering, CancellationToken ct) =>
        offering is null ? null : (await WithDistrictsAsync([offering], ct))[0];

    private async Task<List<Offering>> WithDistrictsAsync(List<Offering> offerings, CancellationToken ct)
    {
        var ids = offerings.Where(o => o.DistrictId is not null).Select(o => o.DistrictId!.Value).Distinct().ToList();
        if (ids.Count > 0)
        {
            var districts = await db.Districts.AsNoTracking().Where(d => ids.Contains(d.Id)).Select(District.WithoutBoundary)
                .ToDictionaryAsync(d => d.Id, ct);
            offerings.ForEach(o => o.District = o.DistrictId is { } id ? districts.GetValueOrDefault(id) : null);
        }
        return offerings;
    }

    private IQueryable<Offering> Filter(CatalogueQuery q)
    {
        var now = clock.GetUtcNow();
        var offerings = db.Offerings.Where(o => o.Status == OfferingStatus.Published
            && (o.LastSessionEnd == null || o.LastSessionEnd > now));
        if (q.SiteId is { } site)
        {
            offerings = offerings.Where(o => o.SiteId == site);
        }
        offerings = OfferingTextSearch.Matching(db, offerings, Words(q.Text));
        if (q.Category is { } category)
        {
            offerings = offerings.Where(o => o.Category == category);
        }
        if (q.TargetGroup is { } group and not TargetGroups.None)
        {
            // "Everyone" offerings suit every group.
            var mask = (int)(group | TargetGroups.Everyone);
            offerings = offerings.Where(o => ((int)o.TargetGroups & mask) != 0);
        }
        if (q.DistrictId is { } district)
        {
            offerings = offerings.Where(o => o.DistrictId == district);
        }
        if (q.From is not null || q.To is not null)
        {
            // A semi-join (IN), so that the planner chooses how to join. PostgreSQL plans EXISTS the same way; a probe per
            // offering it cannot flatten (a correlated MIN(StartsAt)) measured slower everywhere (issue 21, count / page):
            // the week a month ahead 10 / 0.4 ms vs 6 / 0.5 ms at 20,000 offerings, 15 vs 5 ms at 200,000; one day without
            // sessions 46 / 64 ms vs 0.5 ms at 20,000 and 160 ms vs 0.5 ms at 200,000, since every offering is probed.
            var sessions = db.OfferingSessions.AsQueryable();
            if (q.From is { } from)
            {
                var start = BerlinTime.ToUtc(from, TimeOnly.MinValue);
                sessions = sessions.Where(s => s.StartsAt >= start);
            }
            if (q.To is { } to)
            {
                var end = BerlinTime.ToUtc(to.AddDays(1), TimeOnly.MinValue);
                sessions = sessions.Where(s => s.StartsAt < end);
            }
            var inRange = sessions.Select(s => s.OfferingId);
            offerings = offerings.Where(o => inRange.Contains(o.Id));
        }
        if (q.Weekday is { } weekday)
        {
            var flag = (int)weekday.ToFlag();
            offerings = offerings.Where(o => ((int)o.SessionWeekdays & flag) != 0);
        }
        if (!string.IsNullOrWhiteSpace(q.Language))
        {
            var bit = OfferingSearch.LanguageBit(q.Language);
            offerings = offerings.Where(o => (o.LanguageMask & bit) != 0);
        }
        if (q.Accessibility != AccessibilityFeatures.None)
        {
            var all = (int)q.Accessibility;
            offerings = offerings.Where(o => ((int)o.Accessibility & all) == all);
        }
        if (q.FreeOnly)
        {
            offerings = offerings.Where(o => o.PriceCents == 0);
        }
        if (q.HasPlaces)
        {
            offerings = offerings.Where(o => o.TakenPlaces < o.Capacity && o.WaitingCount == 0);
        }
        return offerings;
    }

    private static IQueryable<Offering> Sort(IQueryable<Offering> offerings, CatalogueQuery q)
    {
        // Offerings held in the visitor's language first (issue 23), then the chosen order; German needs no preference.
        var preferred = PreferredLanguage(q);
        if (q.Sort == CatalogueSort.Distance && q.Near is { } near)
        {
            // Equirectangular distance: exact enough within a city, and plain arithmetic on both databases.
            var lat = near.Latitude;
            var lon = near.Longitude;
            var squeeze = DistanceBox.Squeeze(lat);
            return By(offerings, preferred, o => o.Latitude == null)
                .ThenBy(o => (o.Latitude - lat) * (o.Latitude - lat) + (o.Longitude - lon) * squeeze * (o.Longitude - lon) * squeeze)
                .ThenBy(o => o.FirstSessionStart).ThenBy(o => o.Id);
        }
        return By(offerings, preferred, o => o.IsUndated).ThenBy(o => o.FirstSessionStart).ThenBy(o => o.Id);
    }

    private static int PreferredLanguage(CatalogueQuery q) => q.PreferLanguage is { } code ? OfferingSearch.LanguageBit(code) : 0;

    private static IOrderedQueryable<Offering> By<TKey>(IQueryable<Offering> offerings, int preferred,
        System.Linq.Expressions.Expression<Func<Offering, TKey>> key) => preferred == 0
        ? offerings.OrderBy(key)
        : offerings.OrderBy(o => (o.LanguageMask & preferred) == 0).ThenBy(key);

    private static List<string> Words(string? text) =>
        OfferingSearch.Normalize(text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Take(8).Select(w => w.Length > 60 ? w[..60] : w).ToList();
}
