using System.Globalization;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Workspace;

namespace Lebenswelten.Web.Features.Workspace;

/// <summary>A page to go to: its name and route values (links are built from page names, never typed as strings).</summary>
public sealed record PageTarget(string Page, object Values);

/// <summary>
/// Where each start-page item leads, and each role's entry points into its capabilities. The one place that knows the
/// other features' page names, so the page and the API link alike.
/// </summary>
public static class WorkItemLinks
{
    public static PageTarget For(WorkItem item, string site) => item.Kind switch
    {
        WorkItemKind.Session => new("/Offerings/BackOffice/Attendance", new { site, id = item.Id, sessionId = item.Key }),
        WorkItemKind.OfferingNews => new("/Offerings/BackOffice/Participants", new { site, id = item.Id }),
        WorkItemKind.OfferingDraft => new("/Offerings/BackOffice/Edit", new { site, id = item.Id }),
        WorkItemKind.Appointment or WorkItemKind.CancelledAppointment => new("/Telemedicine/BackOffice/PracticeDay",
            new { site, tag = item.At is { } at ? Lebenswelten.Core.Common.BerlinTime.LocalDate(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null }),
        WorkItemKind.OpenInvitations => new("/Sites/Invitations", new { site }),
        WorkItemKind.DistrictWithoutOffering => new("/Needs/District", new { site, key = item.Key }),
        WorkItemKind.OverdueTask => new("/Network/Staff/Tasks", new { site }),
        WorkItemKind.StaleIndicator => new("/Needs/Import", new { site }),
        WorkItemKind.Meeting => new("/Network/Staff/Meeting", new { site, meeting = item.Id }),
        WorkItemKind.FundingApplication => new("/Projects/Application", new { site, application = item.Id }),
        _ => new("/Workspace/Index", new { }),
    };

    /// <summary>Each role's ways into its capabilities (text key, page). The evaluation link is added when issue 20 lands.</summary>
    public static IReadOnlyList<(string Key, string Page)> EntryPoints(SiteRole role) => role switch
    {
        SiteRole.Provider => [("Entry.Offerings", "/Offerings/BackOffice/Index"), ("Entry.NewOffering", "/Offerings/BackOffice/New")],
        SiteRole.Practice => [("Entry.PracticeDay", "/Telemedicine/BackOffice/PracticeDay"), ("Entry.Schedules", "/Telemedicine/BackOffice/Schedules")],
        SiteRole.Coordinator =>
        [
            ("Entry.Team", "/Sites/Team"), ("Entry.SiteOfferings", "/Offerings/BackOffice/Index"), ("Entry.Needs", "/Needs/Indicators"),
            ("Entry.Network", "/Network/Staff/Index"), ("Entry.Projects", "/Projects/Index"), ("Entry.Funding", "/Projects/Funding"),
            ("Entry.Evaluation", "/Evaluation/Dashboard"),
        ],
        SiteRole.InsurerOfficer =>
        [
            ("Entry.Funding", "/Projects/Funding"), ("Entry.Network", "/Network/Staff/Index"), ("Entry.Evaluation", "/Evaluation/Dashboard"),
            ("Entry.YearlyReport", "/Evaluation/YearlyReport"),
        ],
        SiteRole.JobcenterCounsellor => [("Entry.Vouchers", "/Referrals/Index")],
        SiteRole.Evaluator =>
        [
            ("Entry.Evaluation", "/Evaluation/Dashboard"), ("Entry.YearlyReport", "/Evaluation/YearlyReport"),
            ("Entry.VoucherFigures", "/Referrals/Figures"),
        ],
        _ => [],
    };
}
