using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Sites;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Keys = Lebenswelten.Web.Features.Offerings.Catalogue.CataloguePageKeys;

namespace Lebenswelten.Web.Features.Offerings.Catalogue;

/// <summary>The public catalogue: a plain GET form, so every search is a shareable address and works without JavaScript.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Search)]
[OutputCache(PolicyName = CatalogueCache.Policy)]
public sealed class IndexModel(SiteDirectory directory, OfferingCatalogue catalogue, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Site> Sites { get; private set; } = [];
    public CatalogueFilter Filter { get; private set; } = new();
    public CatalogueSelection Selection { get; private set; } = null!;
    public CataloguePage Results { get; private set; } = null!;
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Sites = await directory.ListAsync(ct);
        var chosen = Request.Cookies[SiteSwitchEndpoint.CookieName];
        Filter = Keys.Read(Request.Query, Sites.Any(s => s.Slug == chosen) ? chosen : null);
        Selection = await Filter.BuildAsync(directory, ct);
        Results = await catalogue.SearchAsync(Selection.Query with { PreferLanguage = CatalogueLanguage.Preferred() }, ct);
        Now = clock.GetUtcNow();
    }

    /// <summary>Filters beyond site and text are in use (or wrong): then the filter block starts open.</summary>
    public bool FiltersInUse =>
        Selection.Problem is not null || Selection.Query with { SiteId = null, Text = null, Page = 1 } != new CatalogueQuery();

    /// <summary>This search at another page; the site is spelt out, so the address means the same to whoever opens it.</summary>
    public string PageUrl(int page) => Address(Selection.Site?.Slug ?? "", page);

    /// <summary>
    /// The site's calendar subscription with this search's category, target group and district (CatalogueExports), for a
    /// calendar app; null at all sites.
    /// </summary>
    public string? FeedUrl => Selection.Site is not { } site ? null : Url.RouteUrl(CatalogueExports.FeedRoute, new
    {
        site = site.Slug,
        category = Selection.Query.Category?.ToString(),
        targetGroup = Selection.Query.TargetGroup?.ToString(),
        district = Selection.Districts.FirstOrDefault(d => d.Id == Selection.Query.DistrictId)?.Key,
    });

    /// <summary>This search at all sites (without the district, which belongs to one site).</summary>
    public string AllSitesUrl => Address("", null);

    private string Address(string site, int? page)
    {
        var pairs = Request.Query
            .Where(p => p.Key is not (Keys.Site or Keys.Page) && (site.Length > 0 || p.Key != Keys.District))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Prepend(new(Keys.Site, site));
        if (page is { } number)
        {
            pairs = pairs.Append(new(Keys.Page, number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return Url.Page(CatalogueLinks.IndexPage) + QueryString.Create(pairs);
    }
}
