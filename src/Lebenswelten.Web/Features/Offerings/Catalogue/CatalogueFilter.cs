using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Offerings.Catalogue;

/// <summary>
/// The catalogue's filters as they arrive in a query string, unchecked. The API binds them by these names
/// (<c>[AsParameters]</c>), the /angebote page by German ones (<see cref="CataloguePageKeys"/>); both turn them
/// into a <see cref="CatalogueQuery"/> through <see cref="BuildAsync"/> and nothing else.
/// </summary>
public sealed record CatalogueFilter
{
    public const int MaxTextLength = 200;

    [FromQuery(Name = "site")] public string? Site { get; init; }
    [FromQuery(Name = "q")] public string? Text { get; init; }
    [FromQuery(Name = "category")] public string? Category { get; init; }
    [FromQuery(Name = "targetGroup")] public string? TargetGroup { get; init; }
    [FromQuery(Name = "district")] public string? District { get; init; }
    [FromQuery(Name = "from")] public string? From { get; init; }
    [FromQuery(Name = "to")] public string? To { get; init; }
    [FromQuery(Name = "weekday")] public string? Weekday { get; init; }
    [FromQuery(Name = "language")] public string? Language { get; init; }
    [FromQuery(Name = "accessibility")] public string[]? Accessibility { get; init; }
    [FromQuery(Name = "free")] public string? Free { get; init; }
    [FromQuery(Name = "hasPlaces")] public string? HasPlaces { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
    [FromQuery(Name = "postcode")] public string? Postcode { get; init; }
    [FromQuery(Name = "page")] public string? Page { get; init; }
    [FromQuery(Name = "pageSize")] public string? PageSize { get; init; }

    /// <summary>
    /// The query, with every value that does not make sense left out and named in <see cref="CatalogueSelection.Problem"/>
    /// (field names as in the API). The API refuses such a request; the page searches without them and says so.
    /// </summary>
    public async Task<CatalogueSelection> BuildAsync(SiteDirectory directory, CancellationToken ct)
    {
        var errors = new FieldErrors();
        Site? site = null;
        IReadOnlyList<District> districts = [];
        if (CatalogueValues.Blank(Site) is { } slug)
        {
            site = (await directory.ListAsync(ct)).FirstOrDefault(s => s.Slug == slug);
            errors.AddIf(site is null, "site", "Unknown");
        }
        if (site is not null)
        {
            districts = await directory.DistrictListAsync(site.Id, ct);
        }
        Guid? districtId = null;
        // Behind an unknown site, the site's own error says all there is to say.
        if (CatalogueValues.Blank(District) is { } key && !errors.Any)
        {
            districtId = districts.FirstOrDefault(d => d.Key == key)?.Id;
            errors.AddIf(districtId is null, "district", site is null ? "NeedsSite" : "DistrictNotAtSite");
        }
        var text = CatalogueValues.Blank(Text);
        if (text?.Length > MaxTextLength)
        {
            errors.Add("q", "TooLong");
            text = null;
        }
        var from = CatalogueValues.Date(From, "from", errors);
        var to = CatalogueValues.Date(To, "to", errors);
        if (from > to)
        {
            errors.Add("to", "EndBeforeStart");
            to = null;
        }
        var language = CatalogueValues.Blank(Language)?.ToLowerInvariant();
        if (language is not null && !OfferingRules.KnownLanguages.Contains(language))
        {
            errors.Add("language", "Unknown");
            language = null;
        }
        var (sort, near) = CatalogueValues.Sorting(Sort, Postcode, errors);
        var query = new CatalogueQuery
        {
            SiteId = site?.Id,
            DistrictId = districtId,
            Text = text,
            Category = CatalogueValues.Member<OfferingCategory>(Category, "category", errors),
            TargetGroup = CatalogueValues.Member<TargetGroups>(TargetGroup, "targetGroup", errors),
            From = from,
            To = to,
            Weekday = CatalogueValues.Member<DayOfWeek>(Weekday, "weekday", errors),
            Language = language,
            Accessibility = CatalogueValues.Members<AccessibilityFeatures>(Accessibility, "accessibility", errors).Combine(),
            FreeOnly = CatalogueValues.Flag(Free, "free", errors),
            HasPlaces = CatalogueValues.Flag(HasPlaces, "hasPlaces", errors),
            Sort = sort,
            Near = near is null ? null : (near.Latitude, near.Longitude),
            Page = CatalogueValues.Number(Page, "page", 1, 10_000, errors) ?? 1,
            PageSize = CatalogueValues.Number(PageSize, "pageSize", 1, CatalogueQuery.MaxPageSize, errors) ?? 20,
        };
        return new CatalogueSelection(query, site, districts, errors.Any ? errors.ToProblem() : null);
    }
}

/// <summary>What a filter selects: the query, the chosen site and its districts, and the values left out.</summary>
public sealed record CatalogueSelection(CatalogueQuery Query, Site? Site, IReadOnlyList<District> Districts, DomainProblem? Problem)
{
    public bool SiteNotFound => Problem?.FieldErrors?.ContainsKey("site") == true;

    public IEnumerable<(string Field, string Code)> Errors =>
        Problem?.FieldErrors?.SelectMany(f => f.Value.Select(code => (f.Key, code))) ?? [];
}
