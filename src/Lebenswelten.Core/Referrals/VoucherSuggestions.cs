using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Referrals;

/// <summary>An offering suggested on a voucher, with its distance from the client's postcode when they gave one.</summary>
public sealed record VoucherSuggestion(Offering Offering, double? Kilometres);

/// <summary>
/// The offerings of a voucher's categories at its site, per category in the voucher's order. Given a postcode, each
/// category's offerings come nearest first (the catalogue's own distance sort, from the postcode's centre) with the
/// distance in kilometres; without one, the catalogue's date order. The postcode is used for this answer only and
/// stored nowhere (GDPR Art. 5(1)(c)).
/// </summary>
public sealed class VoucherSuggestions(OfferingCatalogue catalogue)
{
    public const int PerCategory = 6;

    /// <summary>Mean Earth radius in kilometres (IUGG).</summary>
    private const double EarthRadiusKm = 6371.0088;

    public async Task<IReadOnlyList<(OfferingCategory Category, IReadOnlyList<VoucherSuggestion> Offerings)>> ForAsync(Voucher voucher,
        PostcodeCentroid? near, CancellationToken ct)
    {
        var suggestions = new List<(OfferingCategory, IReadOnlyList<VoucherSuggestion>)>();
        foreach (var category in voucher.Categories)
        {
            var page = await catalogue.SearchAsync(new CatalogueQuery
            {
                SiteId = voucher.SiteId, Category = category, PageSize = PerCategory,
                Sort = near is null ? CatalogueSort.Date : CatalogueSort.Distance,
                Near = near is null ? null : (near.Latitude, near.Longitude),
            }, ct);
            suggestions.Add((category, page.Items.Select(o => new VoucherSuggestion(o, Kilometres(o, near))).ToList()));
        }
        return suggestions;
    }

    /// <summary>Equirectangular distance, as the catalogue sorts: within a city off by far less than the rounding to 0.1 km.</summary>
    public static double? Kilometres(Offering offering, PostcodeCentroid? from)
    {
        if (from is null || offering is not { Latitude: { } lat, Longitude: { } lon })
        {
            return null;
        }
        var x = (lon - from.Longitude) * Math.PI / 180 * Math.Cos((lat + from.Latitude) / 2 * Math.PI / 180);
        var y = (lat - from.Latitude) * Math.PI / 180;
        return EarthRadiusKm * Math.Sqrt(x * x + y * y);
    }
}
