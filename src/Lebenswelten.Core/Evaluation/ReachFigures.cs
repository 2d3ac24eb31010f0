namespace Lebenswelten.Core.Evaluation;

/// <summary>
/// The published reach figures of one group. Rates are computed from the published counts, never from the exact ones,
/// so that a rate cannot give back what the rounding hid. <see cref="Places"/> (offering capacity, public anyway) and
/// the waiting-list pressure only exist where the grouping does not describe the person (district, age band, sex).
/// </summary>
public sealed record ReachFigures(PublishedCount Registrations, PublishedCount Participants, PublishedCount Attended,
    PublishedCount NoShows, PublishedCount Cancelled, PublishedCount Waitlisted, int? Places)
{
    /// <summary>Share of registrations that came at least once (0–1); null when either count is held back.</summary>
    public double? AttendanceRate => Ratio(Attended, Registrations);

    /// <summary>People still waiting per place; null without places or when the waiting count is held back.</summary>
    public double? WaitlistPressure =>
        Places is > 0 && Waitlisted.Value is { } waiting ? Math.Round((double)waiting / Places.Value, 2) : null;

    private static double? Ratio(PublishedCount part, PublishedCount whole) =>
        part.Value is { } p && whole.Value is { } w && w > 0 ? Math.Round((double)p / w, 2) : null;

    public static ReachFigures Of(ReachCounts counts, int? places, int minimum) => new(
        PublishedCount.Of(counts.Registrations, minimum), PublishedCount.Of(counts.Participants, minimum),
        PublishedCount.Of(counts.Attended, minimum), PublishedCount.Of(counts.NoShows, minimum),
        PublishedCount.Of(counts.Cancelled, minimum), PublishedCount.Of(counts.Waitlisted, minimum), places);
}

/// <summary>Exact sums of cells, inside the report only.</summary>
public sealed record ReachCounts(int Registrations, int Participants, int Attended, int NoShows, int Cancelled, int Waitlisted)
{
    public static ReachCounts Sum(IEnumerable<ReachFact> facts)
    {
        int r = 0, p = 0, a = 0, n = 0, c = 0, w = 0;
        foreach (var f in facts)
        {
            r += f.Registrations; p += f.Participants; a += f.Attended; n += f.NoShows; c += f.Cancelled; w += f.Waitlisted;
        }
        return new(r, p, a, n, c, w);
    }
}
