using Lebenswelten.Core.Network.Partnerships;

namespace Lebenswelten.Web.Features.Network.Staff;

/// <summary>A draft agreement as the form takes it: up to <see cref="Rows"/> parties, fields and phases as ticked boxes.</summary>
public sealed class AgreementInput
{
    public const int Rows = 4;

    public AgreementKind? Kind { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public List<FieldsOfAction> Fields { get; set; } = [];
    public List<LifePhases> Phases { get; set; } = [];
    public List<PartyInput> Parties { get; set; } = [.. Enumerable.Range(0, Rows).Select(_ => new PartyInput())];

    public AgreementDraft Draft() => new(Kind, Title, Summary, StartsOn, EndsOn,
        Fields.Aggregate(FieldsOfAction.None, (all, f) => all | f), Phases.Aggregate(LifePhases.None, (all, p) => all | p),
        Parties: [.. Parties.Where(p => p.OrganisationId is not null)
            .Select(p => new PartyDraft(p.OrganisationId, p.SignatoryName, p.SignatoryFunction, p.OnBehalfOf))]);
}

public sealed class PartyInput
{
    public Guid? OrganisationId { get; set; }
    public string? SignatoryName { get; set; }
    public string? SignatoryFunction { get; set; }
    public string? OnBehalfOf { get; set; }
}
