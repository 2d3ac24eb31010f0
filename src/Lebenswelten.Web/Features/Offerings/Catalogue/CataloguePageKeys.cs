namespace Lebenswelten.Web.Features.Offerings.Catalogue;

/// <summary>The /angebote page's query-string names: German, since residents read and share these addresses.</summary>
public static class CataloguePageKeys
{
    public const string Site = "standort";
    public const string Text = "q";
    public const string Category = "kategorie";
    public const string TargetGroup = "zielgruppe";
    public const string District = "stadtteil";
    public const string From = "von";
    public const string To = "bis";
    public const string Weekday = "wochentag";
    public const string Language = "sprache";
    public const string Accessibility = "barrierefrei";
    public const string Free = "kostenlos";
    public const string HasPlaces = "freie-plaetze";
    public const string Sort = "sortierung";
    public const string Postcode = "plz";
    public const string Page = "seite";

    /// <summary>The page's name for a field as errors name it (the API's name).</summary>
    public static string For(string field) => field switch
    {
        "site" => Site,
        "category" => Category,
        "targetGroup" => TargetGroup,
        "district" => District,
        "from" => From,
        "to" => To,
        "weekday" => Weekday,
        "language" => Language,
        "accessibility" => Accessibility,
        "free" => Free,
        "hasPlaces" => HasPlaces,
        "sort" => Sort,
        "postcode" => Postcode,
        "page" => Page,
        _ => field,
    };

    /// <summary>
    /// The filter in the page's address. Without a "standort" the site chosen in the header applies;
    /// an empty "standort" means all sites. The page size is the page's own.
    /// </summary>
    public static CatalogueFilter Read(IQueryCollection query, string? chosenSite)
    {
        string? One(string key) => query.TryGetValue(key, out var values) ? values[0] : null;
        return new CatalogueFilter
        {
            Site = query.ContainsKey(Site) ? One(Site) : chosenSite,
            Text = One(Text),
            Category = One(Category),
            TargetGroup = One(TargetGroup),
            District = One(District),
            From = One(From),
            To = One(To),
            Weekday = One(Weekday),
            Language = One(Language),
            Accessibility = query[Accessibility].OfType<string>().ToArray(),
            Free = One(Free),
            HasPlaces = One(HasPlaces),
            Sort = One(Sort),
            Postcode = One(Postcode),
            Page = One(Page),
        };
    }
}
