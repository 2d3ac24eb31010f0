using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Sites;

namespace Lebenswelten.Web.Features.Shared;

public sealed record NavLink(string Href, string Label);

/// <summary>What the header shows: the current site (from the address or the switcher's cookie) and links by role.</summary>
public sealed class Navigation(SiteDirectory directory, IHttpContextAccessor accessor, Core.Telemedicine.RoomEditor rooms)
{
    public IReadOnlyList<Site> Sites { get; private set; } = [];
    public Site? CurrentSite { get; private set; }
    /// <summary>Whether the current site has a telemedicine room (only then does the header link to it).</summary>
    public bool HasTelemedicine { get; private set; }

    public async Task LoadAsync()
    {
        var context = accessor.HttpContext!;
        Sites = await directory.ListAsync(context.RequestAborted);
        var slug = context.GetRouteValue("site") as string ?? context.Request.Cookies[SiteSwitchEndpoint.CookieName];
        CurrentSite = Sites.FirstOrDefault(s => s.Slug == slug);
        HasTelemedicine = CurrentSite is { } site
            && await rooms.HasActiveRoomAsync(site.Id, context.RequestAborted);
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
            if (HasTelemedicine)
            {
                links.Add(new($"/standorte/{site.Slug}/telemedizin", text("Nav.Telemedicine")));
            }
            if (user.IsAdministrator() || user.RolesAt(site.Slug).Contains(SiteRole.Coordinator))
            {
                links.Add(new($"/standorte/{site.Slug}/team", text("Nav.Team")));
                links.Add(new($"/standorte/{site.Slug}/bedarf/indikatoren", text("Nav.Needs")));
                links.Add(new($"/verwaltung/{site.Slug}/projekte", text("Nav.Projects")));
            }
            if (user.IsAdministrator() || user.RolesAt(site.Slug).Any(r => r is SiteRole.Coordinator or SiteRole.InsurerOfficer))
            {
                links.Add(new($"/verwaltung/{site.Slug}/foerderung", text("Nav.Funding")));
            }
            if (user.RolesAt(site.Slug).Any(r => r is SiteRole.Provider or SiteRole.Coordinator))
            {
                links.Add(new($"/verwaltung/{site.Slug}/angebote", text("Nav.MyOfferings")));
            }
            TelemedicineLinks(links, site, user.RolesAt(site.Slug), user.IsAdministrator(), text);
        }
        if (user.Identity?.IsAuthenticated == true)
        {
            links.Add(new("/meine-anmeldungen", text("Nav.MyRegistrations")));
            links.Add(new("/meine-termine", text("Nav.MyAppointments")));
        }
        if (user.IsAdministrator())
        {
            links.Add(new("/admin", text("Nav.Admin")));
        }
        return links;
    }

    /// <summary>
    /// By role: practices get their day list and hours, coordinators and the housing company's staff the rooms and the
    /// reception; the pages themselves ask TelemedicineAccess what each person may see.
    /// </summary>
    private void TelemedicineLinks(List<NavLink> links, Site site, IReadOnlyList<SiteRole> roles, bool administrator, Func<string, string> text)
    {
        var backOffice = $"/verwaltung/{site.Slug}/telemedizin";
        if (roles.Contains(SiteRole.Practice))
        {
            links.Add(new($"{backOffice}/praxis", text("Nav.PracticeDay")));
            links.Add(new($"{backOffice}/sprechzeiten", text("Nav.Schedules")));
        }
        if (administrator || roles.Contains(SiteRole.Coordinator))
        {
            links.Add(new($"{backOffice}/raeume", text("Nav.Rooms")));
        }
        if (roles.Any(r => r is SiteRole.Coordinator or SiteRole.Provider))
        {
            links.Add(new($"{backOffice}/raum", text("Nav.RoomDesk")));
        }
    }
}
