using Lebenswelten.Core.Identity;

namespace Lebenswelten.Core.Workspace;

/// <summary>What a start-page item is about; the web layer turns each kind into a link to the page that handles it.</summary>
public enum WorkItemKind
{
    /// <summary>A session today or tomorrow: <see cref="WorkItem.Count"/> recorded of <see cref="WorkItem.Of"/> participants.</summary>
    Session,
    /// <summary>An offering with new registrations (<see cref="WorkItem.Count"/>) or a waiting list (<see cref="WorkItem.Of"/>).</summary>
    OfferingNews,
    OfferingDraft,
    /// <summary>A booked appointment of the practice in the coming days; <see cref="WorkItem.Detail"/> is the practice.</summary>
    Appointment,
    /// <summary>An appointment cancelled since the person's last visit.</summary>
    CancelledAppointment,
    /// <summary>The site's invitations not yet answered (<see cref="WorkItem.Count"/>).</summary>
    OpenInvitations,
    /// <summary>A high-need district where no published offering takes place (<see cref="WorkItem.Key"/>: the district key).</summary>
    DistrictWithoutOffering,
    OverdueTask,
    /// <summary>An indicator whose figures are due for an import (<see cref="WorkItem.Count"/>: the latest year, if any).</summary>
    StaleIndicator,
    Meeting,
    FundingApplication,
}

/// <summary>One thing on the start page that needs attention. Figures and titles; names only where the role may see them.</summary>
public sealed record WorkItem(WorkItemKind Kind, string Title, Guid? Id = null, DateTimeOffset? At = null, string? Detail = null,
    int? Count = null, int? Of = null, string? Key = null);

/// <summary>What one role at one site has on the start page.</summary>
public sealed record RoleWork(SiteRole Role, IReadOnlyList<WorkItem> Items);

public sealed record SiteWork(Guid SiteId, string Slug, string Name, IReadOnlyList<RoleWork> Roles);

/// <summary>
/// The staff start page (issue 25): one section per site where the person holds a staff role, and whether they administer
/// the platform. <see cref="Since"/> is the start of their previous working session ("new since your last visit").
/// </summary>
public sealed record StartPage(DateTimeOffset? Since, bool Administrator, IReadOnlyList<SiteWork> Sites)
{
    public bool IsStaff => Administrator || Sites.Count > 0;
}
