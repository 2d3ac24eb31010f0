using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Organisations;

/// <summary>
/// An organisation as one site knows it: its profile (what it does, for whom, where) and, through
/// <see cref="IdentityId"/>, the real organisation behind it when that is present at several sites.
/// </summary>
public sealed class Organisation : ISiteOwned
{
    public const int MaxDescriptionLength = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SiteId { get; set; }
    public required string Name { get; set; }
    public OrganisationKind Kind { get; set; }
    public PostalAddress Address { get; set; } = new();
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Website { get; set; }
    public bool IsSampleData { get; set; }

    /// <summary>What the organisation does, in its own words (plain text).</summary>
    public string? Description { get; set; }

    /// <summary>The fields of action of the GKV-Leitfaden its work covers.</summary>
    public FieldsOfAction FieldsOfWork { get; set; }

    public TargetGroups TargetGroups { get; set; }

    /// <summary>The districts of the site it serves; empty means the whole site.</summary>
    public List<Guid> DistrictIds { get; set; } = [];

    /// <summary>The organisation across sites (AOK PLUS is one insurer at all five), null while it is known at one only.</summary>
    public Guid? IdentityId { get; set; }
}

public enum OrganisationKind
{
    Insurer,
    Municipality,
    Jobcenter,
    HousingCompany,
    SportsClub,
    Practice,
    Care,
    KitaOrSchool,
    StateAssociation,
    FederalAgency,
    Business,
    Other,
}
