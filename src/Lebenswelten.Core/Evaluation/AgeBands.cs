namespace Lebenswelten.Core.Evaluation;

/// <summary>
/// The age bands of the population data (Needs' <c>DistrictPopulation</c>, the demo's 0-5 / 6-17 / 18-64 / 65+), so that
/// participants per band can be set against residents per band. Registrations keep only the year of birth, so the age
/// is the calendar year minus the year of birth: up to a year too old for a person whose birthday is still to come.
/// </summary>
public static class AgeBands
{
    public static readonly IReadOnlyList<string> All = ["0-5", "6-17", "18-64", "65+"];

    /// <summary>The band in the given year, or "" when the year of birth is unknown or impossible.</summary>
    public static string Of(int? birthYear, int year) => (year - birthYear) switch
    {
        null or < 0 => "",
        <= 5 => "0-5",
        <= 17 => "6-17",
        <= 64 => "18-64",
        _ => "65+",
    };
}
