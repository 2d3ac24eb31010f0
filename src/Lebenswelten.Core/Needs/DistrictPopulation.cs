namespace Lebenswelten.Core.Needs;

/// <summary>Residents of a district in one year (total; by age band and sex where the source has them).</summary>
public sealed class DistrictPopulation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DistrictId { get; set; }
    public int Year { get; set; }

    /// <summary>"" for all ages, otherwise a band such as "0-5" or "65+".</summary>
    public string AgeBand { get; set; } = "";

    /// <summary>"" for all, "f", "m" or "d".</summary>
    public string Sex { get; set; } = "";

    public int Residents { get; set; }
    public bool IsSampleData { get; set; }
}
