using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Core.Evaluation;

/// <summary>
/// Counts registrations into <see cref="ReachFact"/> cells (the definitions are in docs/en/evaluation.md, "Methods"):
/// registrations; participants, the distinct persons with a confirmed place; attended (present at least once);
/// no-shows (a confirmed place, attendance taken, never present); cancelled; still waiting.
/// </summary>
internal sealed class ReachTally(ResidenceDistricts districts, IReadOnlyDictionary<Guid, Guid> projectOf)
{
    private readonly Dictionary<ReachKey, Cell> cells = [];

    public static async Task<ReachTally> ForSiteAsync(LebensweltenDbContext db, Guid siteId, CancellationToken ct)
    {
        var links = await db.ProjectOfferings.AsNoTracking()
            .Where(l => db.Offerings.Any(o => o.Id == l.OfferingId && o.SiteId == siteId)).ToListAsync(ct);
        // An offering in several projects counts for one of them (the first by id), so that totals stay totals.
        var projectOf = links.GroupBy(l => l.OfferingId).ToDictionary(g => g.Key, g => g.Min(l => l.ProjectId));
        return new(await ResidenceDistricts.LoadAsync(db, siteId, ct), projectOf);
    }

    public IReadOnlyDictionary<Guid, Guid> ProjectOf => projectOf;

    public void Add(ReachRow row)
    {
        var month = row.Month;
        var key = new ReachKey(month, districts.Of(row.PostalCode), row.Category, row.TargetGroups,
            AgeBands.Of(row.BirthYear, month.Year), ReachKey.SexCode(row.Sex),
            projectOf.TryGetValue(row.OfferingId, out var project) ? project : null);
        if (!cells.TryGetValue(key, out var cell))
        {
            cells[key] = cell = new Cell();
        }
        cell.Registrations++;
        if (row.Status == RegistrationStatus.Confirmed)
        {
            cell.Persons.Add(row.PersonKey);
            cell.NoShows += row.AttendanceRecorded && !row.Attended ? 1 : 0;
        }
        cell.Attended += row.Attended ? 1 : 0;
        cell.Cancelled += row.Status == RegistrationStatus.Cancelled ? 1 : 0;
        cell.Waitlisted += row.Status == RegistrationStatus.Waitlisted ? 1 : 0;
    }

    public IEnumerable<ReachFact> Facts(Guid siteId, bool archived) => cells.Select(c => new ReachFact
    {
        SiteId = siteId, Month = c.Key.Month, DistrictId = c.Key.DistrictId, Category = c.Key.Category,
        TargetGroups = c.Key.TargetGroups, AgeBand = c.Key.AgeBand, Sex = c.Key.Sex, ProjectId = c.Key.ProjectId,
        IsArchived = archived, Registrations = c.Value.Registrations, Participants = c.Value.Persons.Count,
        Attended = c.Value.Attended, Cancelled = c.Value.Cancelled, NoShows = c.Value.NoShows, Waitlisted = c.Value.Waitlisted,
    });

    private sealed class Cell
    {
        public HashSet<string> Persons { get; } = new(StringComparer.Ordinal);
        public int Registrations { get; set; }
        public int Attended { get; set; }
        public int Cancelled { get; set; }
        public int NoShows { get; set; }
        public int Waitlisted { get; set; }
    }
}
