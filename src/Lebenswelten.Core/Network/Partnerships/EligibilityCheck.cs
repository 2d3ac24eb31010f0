using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Network.Partnerships;

/// <summary>
/// What a municipality must meet for a health partnership with an insurer (seed 001, as the GKV-Bündnis selects):
/// already engaged in health promotion, works to the quality criteria of the GKV-Leitfaden Prävention, has a strategic
/// action concept.
/// </summary>
public enum EligibilityCriterion
{
    EngagedInHealthPromotion,
    WorksToGkvQualityCriteria,
    HasStrategicActionConcept,
}

public enum EligibilityDecision
{
    Open,
    Eligible,
    NotEligible,
}

/// <summary>A site's eligibility checklist: evidence per criterion, confirmed and decided by an insurer officer.</summary>
public sealed class EligibilityCheck : ISiteOwned
{
    public const int MaxTextLength = 4000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SiteId { get; set; }
    public EligibilityDecision Decision { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedByUserId { get; set; }
    public string? DecidedByName { get; set; }
    public string? DecisionNote { get; set; }
    public List<CriterionEvidence> Criteria { get; set; } = [];
    public bool IsSampleData { get; set; }

    public bool AllConfirmed => Enum.GetValues<EligibilityCriterion>()
        .All(c => Criteria.Any(e => e.Criterion == c && e.ConfirmedAt is not null));
}

/// <summary>The evidence for one criterion (text and documents), and who confirmed it when.</summary>
public sealed class CriterionEvidence
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CheckId { get; set; }
    public EligibilityCriterion Criterion { get; set; }
    public string? Evidence { get; set; }
    public DateTimeOffset? EvidenceUpdatedAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public string? ConfirmedByUserId { get; set; }
    public string? ConfirmedByName { get; set; }
}

public enum EligibilityEventKind
{
    EvidenceChanged,
    Confirmed,
    ConfirmationWithdrawn,
    Decided,
}

/// <summary>One step in the checklist's history, kept for good: who changed what, when (the review must be traceable).</summary>
public sealed class EligibilityEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CheckId { get; set; }
    public DateTimeOffset At { get; set; }
    public string? ActorUserId { get; set; }
    public string? ActorName { get; set; }
    public EligibilityEventKind Kind { get; set; }
    public EligibilityCriterion? Criterion { get; set; }
    public EligibilityDecision? Decision { get; set; }
    public string? Note { get; set; }
}
