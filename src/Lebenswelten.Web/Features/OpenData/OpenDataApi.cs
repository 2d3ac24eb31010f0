using Lebenswelten.Web.Features.OpenData.Hsds;

namespace Lebenswelten.Web.Features.OpenData;

/// <summary>The public catalogue for other systems: HSDS (city portals, referral tools), robots.txt and sitemap.xml.</summary>
public static class OpenDataApi
{
    public static void MapOpenDataApi(this IEndpointRouteBuilder app)
    {
        HsdsEndpoints.Map(app);
        SearchEngines.Map(app);
    }
}
