namespace Lebenswelten.Core.Projects;

public enum ApplicationEventKind
{
    Created,
    StatusChanged,
    Comment,
    Document,
    Spending,
    /// <summary>An approval that went over the planned budget, explicitly allowed by the approving officer.</summary>
    BudgetOverride,
}

/// <summary>One line of an application's history: every change of state, comment, document and override, never changed later.</summary>
public sealed class ApplicationEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; set; }
    public DateTimeOffset At { get; set; }
    public string? ActorUserId { get; set; }
    public ApplicationEventKind Kind { get; set; }
    public ApplicationStatus? From { get; set; }
    public ApplicationStatus? To { get; set; }
    public string? Text { get; set; }
    public long? AmountCents { get; set; }
}

/// <summary>A document attached to an application (concept, cost plan, report), kept in the database with the application.</summary>
public sealed class ApplicationDocument
{
    public const int MaxBytes = 800_000;
    public const int MaxNameLength = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public string? UploadedByUserId { get; set; }
}
