using Lebenswelten.Core.Sites;

namespace Lebenswelten.Web.Features.Sites;

/// <summary>The site switcher in the header is a plain GET form, so it works without JavaScript.</summary>
public static class SiteSwitchEndpoint
{
    public const string CookieName = "lw.site";
    public const string EndpointName = "SwitchSite";

    public static void MapSiteSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/standort-wechseln", async (string? site, SiteDirectory directory, LinkGenerator links, HttpContext context) =>
        {
            if (string.IsNullOrEmpty(site) || await directory.FindAsync(site) is not { } found)
            {
                return Results.Redirect(links.PageLink(context, "/Sites/Index"));
            }
            context.Response.Cookies.Append(CookieName, found.Slug, new CookieOptions
            {
                HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps,
                Expires = DateTimeOffset.UtcNow.AddYears(1),
            });
            return Results.Redirect(links.PageLink(context, "/Sites/Details", new { site = found.Slug }));
        }).WithName(EndpointName).AllowAnonymous().ExcludeFromDescription();
}
