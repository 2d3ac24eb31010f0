namespace Lebenswelten.Core.Offerings;

public static class OfferingSearch
{
    /// <summary>
    /// Lower-case text the catalogue's free-text search runs against; umlauts are also spelt out
    /// ("grünau" finds "gruenau" and back), since not every phone keyboard has them.
    /// </summary>
    public static string TextOf(Offering offering, string? districtName)
    {
        var text = string.Join(" ", new[]
        {
            offering.Title, OfferingMarkdown.ToPlainText(offering.Description), offering.Organisation?.Name,
            offering.Venue.Name, offering.Venue.Street, offering.Venue.City, districtName,
        }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var normal = Normalize(text);
        return normal.Length > 9000 ? normal[..9000] : normal;
    }

    public static string Normalize(string text) =>
        text.ToLowerInvariant().Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss");
}
