using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Sites;

namespace Lebenswelten.Web.Features.Identity.SingleSignOn;

public sealed record SingleSignOnSiteGroup(string SiteName, IReadOnlyList<SingleSignOnProvider> Providers);

/// <summary>
/// Which provider buttons the login page shows: those of the chosen site (the site switcher's cookie), or all
/// of them grouped by site when no site is chosen or the chosen one has none.
/// </summary>
public sealed class SingleSignOnLoginChoices(SingleSignOnProviders providers, SiteDirectory sites, IHttpContextAccessor http)
{
    public bool Any => providers.All.Count > 0;

    public async Task<IReadOnlyList<SingleSignOnSiteGroup>> GroupsAsync(bool everySite)
    {
        if (!Any)
        {
            return [];
        }
        var all = await sites.ListAsync();
        var chosen = http.HttpContext?.Request.Cookies[SiteSwitchEndpoint.CookieName];
        var groups = providers.All.GroupBy(p => p.Site)
            .Select(g => new SingleSignOnSiteGroup(all.FirstOrDefault(s => s.Slug == g.Key)?.Name ?? g.Key,
                g.OrderBy(p => p.DisplayName, StringComparer.CurrentCulture).ToList()))
            .OrderBy(g => g.SiteName, StringComparer.CurrentCulture)
            .ToList();
        var own = providers.All.Where(p => p.Site == chosen).ToList();
        return everySite || own.Count == 0 ? groups : [groups.First(g => g.Providers.Contains(own[0]))];
    }

    /// <summary>True when only the chosen site's providers are shown, so the page offers a link to all of them.</summary>
    public bool ShowsOneSite(IReadOnlyList<SingleSignOnSiteGroup> groups) =>
        groups.Count == 1 && providers.All.Count > groups[0].Providers.Count;
}
