using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Organisations;

namespace Lebenswelten.Core.Network.Partnerships;

public enum AgreementKind
{
    HealthPartnership,
    CooperationAgreement,
    LetterOfIntent,
    FundingAgreement,
}

public enum AgreementStatus
{
    Draft,
    Signed,
    Active,
    Ended,
}

/// <summary>
/// An agreement between two or more organisations of a site (a health partnership, a cooperation agreement, a letter
/// of intent, a funding agreement). Its id is stable: projects refer to it (<see cref="AgreementDirectory"/>). Once
/// signed it is a record: only its end, documents and signed copy change.
/// </summary>
public sealed class Agreement : ISiteOwned
{
    public const int MaxSummaryLength = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SiteId { get; set; }
    public AgreementKind Kind { get; set; }
    public required string Title { get; set; }

    /// <summary>What residents read on the site page once it is signed.</summary>
    public string? Summary { get; set; }

    public DateOnly? SignedOn { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    /// <summary>Ended before its term (or without one), by a party.</summary>
    public DateOnly? EndedOn { get; set; }

    public FieldsOfAction FieldsOfAction { get; set; }

    /// <summary>The agreement's part of the prevention chain: the phases of life it covers.</summary>
    public LifePhases LifePhases { get; set; }

    public TargetGroups TargetGroups { get; set; }
    public List<Guid> DistrictIds { get; set; } = [];
    public Guid? SignedDocumentId { get; set; }
    public List<AgreementParty> Parties { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public bool IsSampleData { get; set; }

    /// <summary>Draft until signed; then signed, active from its start (or signing) and ended at its end.</summary>
    public AgreementStatus StatusOn(DateOnly today) =>
        SignedOn is null ? AgreementStatus.Draft
        : EndedOn <= today || EndsOn < today ? AgreementStatus.Ended
        : (StartsOn ?? SignedOn) <= today ? AgreementStatus.Active
        : AgreementStatus.Signed;

    public bool IsSigned => SignedOn is not null;
}

/// <summary>
/// One party of an agreement and who signed for it: their function, and for whom beyond the party itself
/// (Leipzig: AOK PLUS signed for all statutory insurers of the region).
/// </summary>
public sealed class AgreementParty
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AgreementId { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public int Position { get; set; }
    public string? SignatoryName { get; set; }
    public string? SignatoryFunction { get; set; }
    public string? OnBehalfOf { get; set; }
}
