using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Sites;

namespace Lebenswelten.Web.Features.Shared;

public sealed record NavLink(string Href, string Label);

/// <summary>What the header shows: the current site (from the address or the switcher's cookie) and links by role.</summary>
public sealed class Navigation(SiteDirectory directory, IHttpContextAccessor accessor)
{
    public IReadOnlyList<Site> Sites { get; private set; } = [];
    public Site? CurrentSite { get; private set; }

    public async Task LoadAsync()
    {
        var context = accessor.HttpContext!;
        Sites = await directory.ListAsync(context.RequestAborted);
        var slug = context.GetRouteValue("site") as string ?? context.Request.Cookies[SiteSwitchEndpoint.CookieName];
        CurrentSite = Sites.FirstOrDefault(s => s.Slug == slug);
    }

    public IReadOnlyList<NavLink> Links(Func<string, string> text)
    {
        var user = accessor.HttpContext!.User;
        var links = new List<NavLink>
        {
            new("/", text("Nav.Home")),
            new(CurrentSite is { } chosen ? $"/angebote?standort={chosen.Slug}" : "/angebote", text("Nav.Offerings")),
            new("/standorte", text("Nav.Sites")),
        };
        if (CurrentSite is { } site)
        {
            links.Add(new($"/standorte/{site.Slug}", site.Name));
            links.Add(new($"/standorte/{site.Slug}/karte", text("Nav.Map")));
            if (user.IsAdministrator() || user.RolesAt(site.Slug).Contains(SiteRole.Coordinator))
            {
                links.Add(new($"/standorte/{site.Slug}/team", text("Nav.Team")));
                links.Add(new($"/standorte/{site.Slug}/bedarf/indikatoren", text("Nav.Needs")));
            }
            if (user.RolesAt(site.Slug).Any(r => r is SiteRole.Provider or SiteRole.Coordinator))
            {
                links.Add(new($"/verwaltung/{site.Slug}/angebote", text("Nav.MyOfferings")));
            }
        }
        if (user.Identity?.IsAuthenticated == true)
        {
            links.Add(new("/meine-anmeldungen", text("Nav.MyRegistrations")));
        }
        if (user.IsAdministrator())
        {
            links.Add(new("/admin", text("Nav.Admin")));
        }
        return links;
    }
}
