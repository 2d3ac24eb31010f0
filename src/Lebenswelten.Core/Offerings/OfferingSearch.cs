namespace Lebenswelten.Core.Offerings;

/// <summary>The columns the catalogue searches on, derived from an offering whenever it is saved.</summary>
public static class OfferingSearch
{
    public static void Refresh(Offering offering, string? districtName)
    {
        offering.SearchText = TextOf(offering, districtName);
        offering.LanguageMask = offering.Languages.Aggregate(0, (mask, code) => mask | LanguageBit(code));
    }

    /// <summary>The bit of a language in <see cref="Offering.LanguageMask"/>; 0 for a language no offering can have.</summary>
    public static int LanguageBit(string code) => LanguageBits.GetValueOrDefault(code);

    private static readonly Dictionary<string, int> LanguageBits =
        OfferingRules.LanguageCodes.Select((code, index) => (code, bit: 1 << index)).ToDictionary(l => l.code, l => l.bit);

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
