namespace Lebenswelten.Core.Ideas;

/// <summary>Where an idea stands in moderation: only published ideas show in public.</summary>
public enum IdeaStatus
{
    Pending,
    Published,
    Rejected,
    Merged,
}

/// <summary>What the site answered: planned (with its offering once it exists), under consideration, or not possible.</summary>
public enum IdeaAnswerKind
{
    Planned,
    UnderConsideration,
    NotPossible,
}

/// <summary>
/// A resident's proposal for an offering or an improvement at a site ("Yoga auf Russisch am Samstagvormittag"). Short
/// on purpose (title and a few sentences), moderated before it shows. The author is linked by account only and never
/// shown; the answer is kept current here and every answer given stays in <see cref="Answers"/>.
/// </summary>
public sealed class Idea
{
    public const int MaxTitleLength = 100;
    public const int MinTitleLength = 5;
    public const int MaxTextLength = 1000;
    public const int MaxReasonLength = 500;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SiteId { get; set; }
    public Guid? DistrictId { get; set; }
    public TargetGroups TargetGroups { get; set; }
    public required string Title { get; set; }
    public required string Text { get; set; }

    /// <summary>The proposer's account; null once erased or past retention (the idea then stands as "anonymous").</summary>
    public string? AuthorUserId { get; set; }

    /// <summary>The language the proposer wrote in, for the mails about it.</summary>
    public string Language { get; set; } = "de";

    public IdeaStatus Status { get; private set; } = IdeaStatus.Pending;
    public DateTimeOffset ProposedAt { get; set; }
    public DateTimeOffset? ModeratedAt { get; private set; }
    public string? RejectionReason { get; private set; }
    public Guid? MergedIntoId { get; private set; }

    public IdeaAnswerKind? Answer { get; private set; }
    public string? AnswerText { get; private set; }
    public Guid? OfferingId { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }

    public List<IdeaAnswerChange> Answers { get; set; } = [];
    public bool IsSampleData { get; set; }

    public bool IsPending => Status == IdeaStatus.Pending;
    public bool IsPublished => Status == IdeaStatus.Published;

    public void Publish(DateTimeOffset now) => Moderate(IdeaStatus.Published, now);

    public void Reject(string reason, DateTimeOffset now)
    {
        Moderate(IdeaStatus.Rejected, now);
        RejectionReason = reason;
    }

    /// <summary>A duplicate of a published idea: it does not show, and points its proposer to the other.</summary>
    public void MergeInto(Idea target, DateTimeOffset now)
    {
        if (target.Id == Id || !target.IsPublished || target.SiteId != SiteId)
        {
            throw new InvalidOperationException("An idea merges only into another published idea of its site.");
        }
        Moderate(IdeaStatus.Merged, now);
        MergedIntoId = target.Id;
    }

    /// <summary>Gives the answer and returns its history entry (the caller adds it: a new row with a key set is not found by navigation alone).</summary>
    public IdeaAnswerChange Respond(IdeaAnswerKind kind, string? text, Guid? offeringId, string? byUserId, DateTimeOffset now)
    {
        if (!IsPublished)
        {
            throw new InvalidOperationException("Only a published idea is answered.");
        }
        (Answer, AnswerText, OfferingId, AnsweredAt) = (kind, text, kind == IdeaAnswerKind.Planned ? offeringId : null, now);
        var change = new IdeaAnswerChange { IdeaId = Id, Kind = kind, Text = text, OfferingId = OfferingId, ByUserId = byUserId, At = now };
        Answers.Add(change);
        return change;
    }

    private void Moderate(IdeaStatus status, DateTimeOffset now)
    {
        if (!IsPending)
        {
            throw new InvalidOperationException($"A {Status} idea is moderated already.");
        }
        (Status, ModeratedAt) = (status, now);
    }
}

/// <summary>One answer given to an idea, kept as history: residents see how the answer changed.</summary>
public sealed class IdeaAnswerChange
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid IdeaId { get; set; }
    public IdeaAnswerKind Kind { get; set; }
    public string? Text { get; set; }
    public Guid? OfferingId { get; set; }

    /// <summary>The staff member who answered (for the audit of who said what; never shown in public).</summary>
    public string? ByUserId { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>One person's support of one idea; the unique index on (idea, person) makes it once per person.</summary>
public sealed class IdeaSupport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid IdeaId { get; set; }

    /// <summary>Null once the supporter's account is erased: the support stays counted, anonymous (GDPR Art. 17(3), IPersonalDataParticipant).</summary>
    public string? UserId { get; set; }
    public DateTimeOffset At { get; set; }
}
