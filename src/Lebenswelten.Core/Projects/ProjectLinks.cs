namespace Lebenswelten.Core.Projects;

/// <summary>An organisation of the site that takes part in a project, with its role.</summary>
public sealed class ProjectPartner
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProjectId { get; set; }
    public Guid OrganisationId { get; set; }
    public PartnerRole Role { get; set; }
}

/// <summary>A planned milestone of a project (planning phase), done or not.</summary>
public sealed class ProjectMilestone
{
    public const int MaxTitleLength = 300;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProjectId { get; set; }
    public required string Title { get; set; }
    public DateOnly DueOn { get; set; }
    public bool Done { get; set; }
}

/// <summary>A project works towards one of the site's health goals (Needs' <c>HealthGoal</c>).</summary>
public sealed class ProjectGoal
{
    public Guid ProjectId { get; set; }
    public Guid HealthGoalId { get; set; }
}

/// <summary>
/// An offering that belongs to a project, so that its reach counts for the project. Owned by Projects: the offerings
/// capability knows nothing of projects.
/// </summary>
public sealed class ProjectOffering
{
    public Guid ProjectId { get; set; }
    public Guid OfferingId { get; set; }
}
