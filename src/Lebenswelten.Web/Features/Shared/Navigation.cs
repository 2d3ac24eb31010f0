using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Sites;

namespace Lebenswelten.Web.Features.Shared;

/// <summary>What the header shows: the current site (from the address or the switcher's cookie) and links by role.</summary>
public sealed class Navigation(SiteDirectory directory, IHttpContextAccessor accessor, LinkGenerator pages,
    Core.Telemedicine.RoomEditor rooms)
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
            Link("/Home/Index", text("Nav.Home")),
            Link("/Offerings/Catalogue/Index", text("Nav.Offerings"), new { standort = CurrentSite?.Slug }),
            Link("/Sites/Index", text("Nav.Sites")),
        };
        if (user.IsStaff())
        {
            links.Insert(0, Link("/Workspace/Index", text("Nav.Workspace")));
        }
        if (CurrentSite is { } site)
        {
            var here = new { site = site.Slug };
            links.Add(Link("/Sites/Details", site.Name, here));
            links.Add(Link("/Needs/Map", text("Nav.Map"), here));
            if (HasTelemedicine)
            {
                links.Add(Link("/Telemedicine/Index", text("Nav.Telemedicine"), here));
            }
            if (user.IsAdministrator() || user.RolesAt(site.Slug).Contains(SiteRole.Coordinator))
            {
                links.Add(Link("/Sites/Team", text("Nav.Team"), here));
                links.Add(Link("/Needs/Indicators", text("Nav.Needs"), here));
                links.Add(Link("/Projects/Index", text("Nav.Projects"), here));
                links.Add(Link("/Surveys/Index", text("Nav.Surveys"), here));
            }
            if (user.IsAdministrator() || user.RolesAt(site.Slug).Any(r => r is SiteRole.Coordinator or SiteRole.InsurerOfficer))
            {
                links.Add(Link("/Projects/Funding", text("Nav.Funding"), here));
            }
            if (user.RolesAt(site.Slug).Any(r => r is SiteRole.Provider or SiteRole.Coordinator))
            {
                links.Add(Link("/Offerings/BackOffice/Index",
                    text(user.RolesAt(site.Slug).Contains(SiteRole.Coordinator) ? "Nav.SiteOfferings" : "Nav.MyOfferings"), here));
                links.Add(Link("/Ideas/Moderation", text("Nav.Ideas"), here));
            }
            TelemedicineLinks(links, here, user.RolesAt(site.Slug), user.IsAdministrator(), text);
            EvaluationLinks(links, here, user.RolesAt(site.Slug), text);
            ReferralLinks(links, here, user.RolesAt(site.Slug), text);
        }
        if (user.Identity?.IsAuthenticated == true)
        {
            links.Add(Link("/Offerings/Registrations/Mine", text("Nav.MyRegistrations")));
            links.Add(Link("/Telemedicine/Mine", text("Nav.MyAppointments")));
        }
        if (user.IsAdministrator())
        {
            links.Add(Link("/Admin/Index", text("Nav.Admin")));
        }
        return links;
    }

    /// <summary>Jobcenter vouchers (issue 19): counsellors issue them, coordinators and evaluators read the figures.</summary>
    private void ReferralLinks(List<NavLink> links, object here, IReadOnlyList<SiteRole> roles, Func<string, string> text)
    {
        if (roles.Contains(SiteRole.JobcenterCounsellor))
        {
            links.Add(Link("/Referrals/Index", text("Nav.Vouchers"), here));
        }
        if (roles.Any(r => r is SiteRole.Coordinator or SiteRole.Evaluator))
        {
            links.Add(Link("/Referrals/Figures", text("Nav.VoucherFigures"), here));
        }
    }

    /// <summary>Evaluation (issue 20): the site's dashboard, and the comparison for evaluators and insurer officers.</summary>
    private void EvaluationLinks(List<NavLink> links, object here, IReadOnlyList<SiteRole> roles, Func<string, string> text)
    {
        if (roles.Any(r => r is SiteRole.Coordinator or SiteRole.InsurerOfficer or SiteRole.Evaluator))
        {
            links.Add(Link("/Evaluation/Dashboard", text("Nav.Evaluation"), here));
        }
        if (roles.Any(r => r is SiteRole.InsurerOfficer or SiteRole.Evaluator))
        {
            links.Add(Link("/Evaluation/Comparison", text("Nav.EvaluationComparison")));
        }
    }

    /// <summary>
    /// By role: practices get their day list and hours, coordinators and the housing company's staff the rooms and the
    /// reception; the pages themselves ask TelemedicineAccess what each person may see.
    /// </summary>
    private void TelemedicineLinks(List<NavLink> links, object here, IReadOnlyList<SiteRole> roles, bool administrator,
        Func<string, string> text)
    {
        if (roles.Contains(SiteRole.Practice))
        {
            links.Add(Link("/Telemedicine/BackOffice/PracticeDay", text("Nav.PracticeDay"), here));
            links.Add(Link("/Telemedicine/BackOffice/Schedules", text("Nav.Schedules"), here));
        }
        if (administrator || roles.Contains(SiteRole.Coordinator))
        {
            links.Add(Link("/Telemedicine/BackOffice/Rooms", text("Nav.Rooms"), here));
        }
        if (roles.Any(r => r is SiteRole.Coordinator or SiteRole.Provider))
        {
            links.Add(Link("/Telemedicine/BackOffice/Desks", text("Nav.RoomDesk"), here));
        }
    }

    private NavLink Link(string page, string label, object? values = null) =>
        new(pages.PageLink(accessor.HttpContext!, page, values), label);
}
