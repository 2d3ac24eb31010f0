using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Evaluation;

/// <summary>
/// A district's GISD quintile (RKI, per four-digit postcode area; cite <see cref="GisdTable.Citation"/>): the quintile of
/// the PLZ4 area that holds most of the postcode centres lying in the district (ties: the more deprived). The GISD has no
/// district level; this borrows the postcode area's, with the error of <see cref="ResidenceDistricts"/>.
/// </summary>
internal static class DistrictGisd
{
    public static Dictionary<Guid, int> Quintiles(string city, DistrictLocator locator)
    {
        var quintileOf = GisdPostcodeAreas.ForCity(city)
            .SelectMany(a => a.Postcodes.Select(p => (Postcode: p, a.Quintile)))
            .Where(p => p.Quintile is not null).ToDictionary(p => p.Postcode, p => p.Quintile!.Value);
        return PostcodeCentroids.InCity(city)
            .Select(c => (District: locator.At(c.Latitude, c.Longitude)?.Id, Quintile: quintileOf.GetValueOrDefault(c.Postcode)))
            .Where(x => x.District is not null && x.Quintile > 0)
            .GroupBy(x => x.District!.Value)
            .ToDictionary(g => g.Key, g => g.GroupBy(x => x.Quintile)
                .OrderByDescending(q => q.Count()).ThenByDescending(q => q.Key).First().Key);
    }
}
