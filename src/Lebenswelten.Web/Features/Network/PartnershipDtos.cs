using Lebenswelten.Core.Network;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Network.Partnerships;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Web.Features.Network;

public sealed record PartyDto(Guid OrganisationId, string Organisation, string? SignatoryName, string? SignatoryFunction,
    string? OnBehalfOf);

public sealed record AgreementDto(Guid Id, string Site, AgreementKind Kind, string Title, string? Summary, AgreementStatus Status,
    DateOnly? SignedOn, DateOnly? StartsOn, DateOnly? EndsOn, DateOnly? EndedOn, FieldsOfAction FieldsOfAction, LifePhases LifePhases,
    TargetGroups TargetGroups, IReadOnlyList<Guid> DistrictIds, IReadOnlyList<PartyDto> Parties, Guid? SignedDocumentId,
    IReadOnlyList<DocumentDto> Documents, bool CanEdit, bool CanSign, bool IsSampleData)
{
    public static AgreementDto From(AgreementView v) => new(v.Agreement.Id, v.Site.Slug, v.Agreement.Kind, v.Agreement.Title,
        v.Agreement.Summary, v.Status, v.Agreement.SignedOn, v.Agreement.StartsOn, v.Agreement.EndsOn, v.Agreement.EndedOn,
        v.Agreement.FieldsOfAction, v.Agreement.LifePhases, v.Agreement.TargetGroups, v.Agreement.DistrictIds,
        [.. v.Agreement.Parties.OrderBy(p => p.Position).Select(p => new PartyDto(p.OrganisationId, p.Organisation?.Name ?? "",
            p.SignatoryName, p.SignatoryFunction, p.OnBehalfOf))],
        v.Agreement.SignedDocumentId, [.. v.Documents.Select(DocumentDto.From)], v.CanEdit, v.CanSign, v.Agreement.IsSampleData);
}

public sealed record AgreementBody(AgreementKind? Kind, string? Title, string? Summary, DateOnly? StartsOn, DateOnly? EndsOn,
    FieldsOfAction? FieldsOfAction, LifePhases? LifePhases, TargetGroups? TargetGroups, IReadOnlyList<Guid>? DistrictIds,
    IReadOnlyList<PartyBody>? Parties)
{
    public AgreementDraft Draft() => new(Kind, Title, Summary, StartsOn, EndsOn, FieldsOfAction ?? default, LifePhases ?? default,
        TargetGroups ?? default, DistrictIds, Parties?.Select(p => new PartyDraft(p.OrganisationId, p.SignatoryName, p.SignatoryFunction,
            p.OnBehalfOf)).ToList());
}

public sealed record PartyBody(Guid? OrganisationId, string? SignatoryName, string? SignatoryFunction, string? OnBehalfOf);

public sealed record SignBody(DateOnly? SignedOn);

public sealed record EndBody(DateOnly? EndedOn);

public sealed record CriterionDto(EligibilityCriterion Criterion, string? Evidence, DateTimeOffset? EvidenceUpdatedAt,
    DateTimeOffset? ConfirmedAt, string? ConfirmedBy);

public sealed record EligibilityEventDto(DateTimeOffset At, string? Actor, EligibilityEventKind Kind, EligibilityCriterion? Criterion,
    EligibilityDecision? Decision, string? Note);

/// <summary>The checklist beside the site's GISD: quintiles 4 and 5 are a priority (GKV-Bündnis).</summary>
public sealed record EligibilityDto(string Site, GisdScore? Gisd, bool IsPriority, EligibilityDecision Decision, DateTimeOffset? DecidedAt,
    string? DecidedBy, string? DecisionNote, IReadOnlyList<CriterionDto> Criteria, IReadOnlyList<EligibilityEventDto> History,
    IReadOnlyList<DocumentDto> Documents)
{
    public static EligibilityDto From(EligibilityView v) => new(v.Site.Slug, v.Site.Gisd, v.IsPriority, v.Check.Decision,
        v.Check.DecidedAt, v.Check.DecidedByName, v.Check.DecisionNote,
        [.. Enum.GetValues<EligibilityCriterion>().Select(c => v.Check.Criteria.FirstOrDefault(e => e.Criterion == c) is { } e
            ? new CriterionDto(c, e.Evidence, e.EvidenceUpdatedAt, e.ConfirmedAt, e.ConfirmedByName)
            : new CriterionDto(c, null, null, null, null))],
        [.. v.History.Select(e => new EligibilityEventDto(e.At, e.ActorName, e.Kind, e.Criterion, e.Decision, e.Note))],
        [.. v.Documents.Select(DocumentDto.From)]);
}

public sealed record EvidenceBody(EligibilityCriterion? Criterion, string? Evidence);

public sealed record ConfirmBody(EligibilityCriterion? Criterion, bool? Confirmed);

public sealed record DecideBody(EligibilityDecision? Decision, string? Note);

public sealed record GraphDto(IReadOnlyList<GraphOrganisation> Organisations, IReadOnlyList<GraphNetwork> Networks,
    IReadOnlyList<GraphMembership> Memberships, IReadOnlyList<GraphAgreement> Agreements);

public sealed record SiteProposalDto(string Ags, string Name, string State, string Slug, GisdScore? Gisd, bool NameFromKreis);

public sealed record SiteFoundingBody(string? Ags, string? Name, string? Slug);

public sealed record FoundedSiteDto(Guid Id, string Slug, string Name, string State, string? Ags, GisdScore? Gisd);
