using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Shared;

namespace Lebenswelten.Web.Features.OpenData;

/// <summary>
/// GET /robots.txt and GET /sitemap.xml: search engines find the public pages (sites, catalogue, offerings, map, projects,
/// telemedicine rooms) and are asked to keep out of everything personal or internal — personal links (registrations,
/// appointments, vouchers, invitations, personal calendar feeds), the account, staff pages and the machine interfaces. robots.txt is a request,
/// not a lock: those pages are protected by login or secret token regardless (OWASP WSTG-INFO-03).
/// </summary>
internal static class SearchEngines
{
    /// <summary>The sitemap protocol's limit for one file.</summary>
    public const int MaxUrls = 50_000;

    private static readonly string[] KeepOut =
    [
        "/verwaltung/", "/admin", "/konto", "/meine-anmeldungen", "/meine-termine", "/anmeldungen/", "/telemedizin/termine/",
        "/gutschein", "/einladung/", "/kalender/", "/angebote/*/anmelden", "/standorte/*/team", "/standorte/*/bedarf/", "/api/", "/fhir/", "/fehler/",
    ];

    private static readonly string[] SitePages = ["/Sites/Details", "/Needs/Map", "/Projects/PublicList", "/Telemedicine/Index"];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", Robots).WithName("RobotsTxt").AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/sitemap.xml", SitemapAsync).WithName("Sitemap").AllowAnonymous().RequireRateLimiting(Hosting.RateLimits.Feed)
            .ExcludeFromDescription();
    }

    private static IResult Robots(PublicAddress address)
    {
        var text = new StringBuilder("User-agent: *\n");
        foreach (var path in KeepOut)
        {
            text.Append("Disallow: ").Append(path).Append('\n');
        }
        text.Append("\nSitemap: ").Append(address.Link("/sitemap.xml")).Append('\n');
        return TypedResults.Text(text.ToString(), "text/plain; charset=utf-8");
    }

    private static async Task<IResult> SitemapAsync(SiteDirectory directory, OfferingCatalogue catalogue, LinkGenerator links,
        PublicAddress address, HttpContext context, CancellationToken ct)
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = new List<XElement>();
        void Add(string? path, DateTimeOffset? modified = null)
        {
            if (path is not null)
            {
                urls.Add(new XElement(ns + "url", new XElement(ns + "loc", address.Link(path)),
                    modified is { } m ? new XElement(ns + "lastmod", m.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null));
            }
        }
        Add(links.GetPathByPage("/Home/Index"));
        Add(links.GetPathByPage("/Sites/Index"));
        Add(links.GetPathByPage("/Offerings/Catalogue/Index"));
        foreach (var site in await directory.ListAsync(ct))
        {
            foreach (var page in SitePages)
            {
                Add(links.GetPathByPage(page, values: new { site = site.Slug }));
            }
        }
        foreach (var (id, updated) in await catalogue.PublicIdsAsync(MaxUrls - urls.Count, ct))
        {
            Add(links.GetPathByPage("/Offerings/Catalogue/Details", values: new { id }), updated);
        }
        var xml = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(ns + "urlset", urls));
        return ConditionalGet.File(context, Encoding.UTF8.GetBytes(xml.Declaration + "\n" + xml.Root), "application/xml; charset=utf-8", null);
    }
}
