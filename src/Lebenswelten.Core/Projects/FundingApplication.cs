using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Projects;

/// <summary>The two-stage application of the GKV-Bündnis für Gesundheit: an idea first, then, if invited, the full application.</summary>
public enum ApplicationStatus
{
    Draft,
    IdeaSubmitted,
    InvitedToFullApplication,
    Submitted,
    UnderReview,
    Approved,
    Rejected,
    InProgress,
    FinalReportSubmitted,
    Closed,
}

/// <summary>A project's application to a funding source for one budget year.</summary>
public sealed class FundingApplication : ISiteOwned
{
    public const int MaxTextLength = 4000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SiteId { get; set; }
    public Guid ProjectId { get; set; }
    public Guid FundingSourceId { get; set; }
    public int Year { get; set; }
    public string Title { get; set; } = "";
    public long RequestedCents { get; set; }
    public ApplicationStatus Status { get; set; } = ApplicationStatus.Draft;
    public long? ApprovedCents { get; set; }
    public string? Conditions { get; set; }
    public string? RejectionReason { get; set; }
    public string? FinalReport { get; set; }
    public long SpentCents { get; set; }
    /// <summary>Deadlines the background job reminds the site's coordinators of.</summary>
    public DateOnly? FullApplicationDueOn { get; set; }
    public DateOnly? FinalReportDueOn { get; set; }
    /// <summary>The deadline last reminded of, so that each is reminded once however many nodes run the job.</summary>
    public DateOnly? RemindedFor { get; set; }
    /// <summary>When it reached a final state (rejected, closed): the retention period of staff names runs from here.</summary>
    public DateTimeOffset? EndedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public bool IsSampleData { get; set; }

    /// <summary>Project staff named in the application (personal data: audited reads, export, erasure, retention).</summary>
    public List<ApplicationStaffMember> Staff { get; set; } = [];
    public List<ApplicationEvent> History { get; set; } = [];

    /// <summary>The deadline due next in this state, if any.</summary>
    public DateOnly? NextDeadline => Status switch
    {
        ApplicationStatus.InvitedToFullApplication => FullApplicationDueOn,
        ApplicationStatus.Approved or ApplicationStatus.InProgress => FinalReportDueOn,
        _ => null,
    };
}

/// <summary>A person working in the funded project, as the application names them.</summary>
public sealed class ApplicationStaffMember
{
    public const int MaxLength = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; set; }
    public required string Name { get; set; }
    public string Role { get; set; } = "";
    /// <summary>The person's account, where they have one: their export and erasure find the entry by it.</summary>
    public string? UserId { get; set; }
}
