using Lebenswelten.Core.Organisations;
namespace Lebenswelten.Core.Network;

/// <summary>
/// One real organisation that several sites know, each with its own <see cref="Organisation"/> row and data: an
/// insurer is one insurer wherever it works, so that its officers see its agreements at every site. Insurers are
/// known by their institution code (<see cref="InstitutionCode"/>); others are linked by the administrator.
/// </summary>
public sealed class OrganisationIdentity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }

    /// <summary>Institutionskennzeichen (IK, §293 SGB V), nine digits; unique; insurers only.</summary>
    public string? Ik { get; set; }
}
