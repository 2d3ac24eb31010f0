using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Network;

/// <summary>A meeting of a network or of one of its working groups: when, where, what about, and what came of it.</summary>
public sealed class Meeting : ISiteOwned
{
    public const int MaxMinutesLength = 50_000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SiteId { get; set; }
    public Guid NetworkId { get; set; }
    public Guid? WorkingGroupId { get; set; }
    public required string Title { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public string? Place { get; set; }

    /// <summary>An https link to the video meeting, if it is held online too.</summary>
    public string? VideoLink { get; set; }

    /// <summary>The agenda items, in order.</summary>
    public List<string> Agenda { get; set; } = [];

    /// <summary>The minutes in Markdown; shown as sanitised HTML (no script, no raw HTML), as offering descriptions are.</summary>
    public string? Minutes { get; set; }

    /// <summary>What the meeting decided, in order.</summary>
    public List<string> Decisions { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? InvitationsSentAt { get; set; }
    public bool IsSampleData { get; set; }
}

public enum InvitationResponse
{
    Pending,
    Accepted,
    Declined,
}

/// <summary>
/// One contact person invited to a meeting: they answer by the mailed link (its token stands in for a login), and the
/// coordinator records who came. When the contact is erased the row stays (so the attendance counts stay), nameless.
/// </summary>
public sealed class MeetingInvitation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid MeetingId { get; set; }
    public Guid? ContactPersonId { get; set; }
    public ContactPerson? ContactPerson { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset InvitedAt { get; set; }
    public InvitationResponse Response { get; set; }
    public DateTimeOffset? RespondedAt { get; set; }
    public bool Attended { get; set; }
}

/// <summary>A task from a meeting (or the network's work): who does what by when. Overdue ones are reminded by the job.</summary>
public sealed class ActionItem : ISiteOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SiteId { get; set; }
    public Guid NetworkId { get; set; }
    public Guid? MeetingId { get; set; }
    public required string Title { get; set; }

    /// <summary>The contact person who owns the task (and gets the reminder); null after their erasure.</summary>
    public Guid? OwnerContactId { get; set; }
    public ContactPerson? OwnerContact { get; set; }
    public DateOnly DueOn { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset? LastRemindedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public bool IsSampleData { get; set; }

    public bool IsOverdue(DateOnly today) => CompletedAt is null && DueOn < today;
}
