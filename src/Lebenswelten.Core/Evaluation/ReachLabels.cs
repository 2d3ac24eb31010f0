using System.Globalization;
using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Core.Evaluation;

/// <summary>Turns a cell's dimensions into group values with names and an order (districts by name, unknown last).</summary>
internal sealed class ReachLabels
{
    private readonly Dictionary<Guid, (string Key, string Name)> sites;
    private readonly Dictionary<Guid, (string Key, string Name)> districts;
    private readonly Dictionary<Guid, string> projects;

    private ReachLabels(Dictionary<Guid, (string, string)> sites, Dictionary<Guid, (string, string)> districts,
        Dictionary<Guid, string> projects) => (this.sites, this.districts, this.projects) = (sites, districts, projects);

    public static async Task<ReachLabels> LoadAsync(LebensweltenDbContext db, IReadOnlyList<Guid> siteIds, CancellationToken ct) => new(
        await db.Sites.AsNoTracking().Where(s => siteIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => (s.Slug, s.Name), ct),
        // Key and name only: a district's row also holds its boundary, which no table needs.
        await db.Districts.AsNoTracking().Where(d => siteIds.Contains(d.SiteId)).Select(d => new { d.Id, d.Key, d.Name })
            .ToDictionaryAsync(d => d.Id, d => (d.Key, d.Name), ct),
        await db.Projects.AsNoTracking().Where(p => siteIds.Contains(p.SiteId)).ToDictionaryAsync(p => p.Id, p => p.Title, ct));

    /// <summary>The values of one dimension for a cell: several for the target groups an offering names, one otherwise.</summary>
    public IEnumerable<GroupValue> Of(ReachDimension dimension, Guid siteId, DateOnly month, Guid? districtId, OfferingCategory category,
        TargetGroups targetGroups, string ageBand, string sex, Guid? projectId) => dimension switch
    {
        ReachDimension.Site => [new(dimension, sites[siteId].Key, sites[siteId].Name)],
        ReachDimension.District => [districtId is { } d && districts.TryGetValue(d, out var district)
            ? new(dimension, district.Key, district.Name) : new(dimension, GroupValue.Unknown, GroupValue.Unknown)],
        ReachDimension.Category => [new(dimension, category.ToString(), category.ToString())],
        ReachDimension.TargetGroup => Enum.GetValues<TargetGroups>().Where(g => g != TargetGroups.None && targetGroups.HasFlag(g))
            .Select(g => new GroupValue(dimension, g.ToString(), g.ToString())),
        ReachDimension.AgeBand => [new(dimension, ageBand == "" ? GroupValue.Unknown : ageBand,
            ageBand == "" ? GroupValue.Unknown : ageBand)],
        ReachDimension.Sex => [new(dimension, sex == "" ? GroupValue.Unknown : sex, sex == "" ? GroupValue.Unknown : sex)],
        ReachDimension.Month => [Time(dimension, month.ToString("yyyy-MM", CultureInfo.InvariantCulture))],
        ReachDimension.Quarter => [Time(dimension, $"{month.Year}-Q{(month.Month + 2) / 3}")],
        ReachDimension.Year => [Time(dimension, month.Year.ToString(CultureInfo.InvariantCulture))],
        ReachDimension.Project => [projectId is { } p && projects.TryGetValue(p, out var title)
            ? new(dimension, p.ToString(), title) : new(dimension, "none", "none")],
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    /// <summary>Natural order: time and bands as they run, names alphabetically, unknown last.</summary>
    public static string SortKey(GroupValue value) => value.Key == GroupValue.Unknown || value.Key == "none" ? "~" : value.Dimension switch
    {
        ReachDimension.Category => ((int)Enum.Parse<OfferingCategory>(value.Key)).ToString("D3", CultureInfo.InvariantCulture),
        ReachDimension.TargetGroup => ((int)Enum.Parse<TargetGroups>(value.Key)).ToString("D5", CultureInfo.InvariantCulture),
        ReachDimension.AgeBand => AgeBands.All.ToList().IndexOf(value.Key).ToString(CultureInfo.InvariantCulture),
        ReachDimension.Sex => "fmd".IndexOf(value.Key, StringComparison.Ordinal).ToString(CultureInfo.InvariantCulture),
        ReachDimension.Month or ReachDimension.Quarter or ReachDimension.Year => value.Key,
        _ => value.Label,
    };

    private static GroupValue Time(ReachDimension dimension, string key) => new(dimension, key, key);
}
