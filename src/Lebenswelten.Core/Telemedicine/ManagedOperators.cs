namespace Lebenswelten.Core.Telemedicine;

/// <summary>The operator organisations whose rooms a person manages at a site (<see cref="TelemedicineAccess"/>).</summary>
/// <param name="All">Every operator's: administrators and the site's coordinators.</param>
/// <param name="Organisations">Otherwise the operators the person staffs.</param>
public sealed record ManagedOperators(bool All, IReadOnlySet<Guid> Organisations)
{
    public static readonly ManagedOperators None = new(false, new HashSet<Guid>());

    public bool Includes(Guid operatorOrganisationId) => All || Organisations.Contains(operatorOrganisationId);
}
