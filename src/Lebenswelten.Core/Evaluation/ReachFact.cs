using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Core.Evaluation;

/// <summary>
/// Counts of registrations in one cell: site × month × district of residence × category × target groups × age band
/// × sex × project. No person id: the tables hold counts only, so erasure never has to find a person here.
/// Live rows (<see cref="IsArchived"/> false) are computed again by every refresh; archived rows hold what registrations
/// contributed before they were anonymised, and are never computed again (their person data is gone).
/// </summary>
public sealed class ReachFact
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SiteId { get; set; }
    /// <summary>The first day of the Berlin calendar month.</summary>
    public DateOnly Month { get; set; }
    /// <summary>District of residence from the postcode (<see cref="ResidenceDistricts"/>); null when unknown.</summary>
    public Guid? DistrictId { get; set; }
    public OfferingCategory Category { get; set; }
    public TargetGroups TargetGroups { get; set; }
    /// <summary>One of <see cref="AgeBands.All"/>, or "" when the year of birth is not known.</summary>
    public string AgeBand { get; set; } = "";
    /// <summary>"f", "m", "d" as in the population data, or "" when not given.</summary>
    public string Sex { get; set; } = "";
    public Guid? ProjectId { get; set; }
    public bool IsArchived { get; set; }
    /// <summary>Generated for the demo, not counted ("Beispieldaten" in the UI); always archived, so no refresh replaces it.</summary>
    public bool IsSampleData { get; set; }

    public int Registrations { get; set; }
    public int Participants { get; set; }
    public int Attended { get; set; }
    public int Cancelled { get; set; }
    public int NoShows { get; set; }
    public int Waitlisted { get; set; }
}
