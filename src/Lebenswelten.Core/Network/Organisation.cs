using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Network;

public sealed class Organisation : ISiteOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SiteId { get; set; }
    public required string Name { get; set; }
    public OrganisationKind Kind { get; set; }
    public PostalAddress Address { get; set; } = new();
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Website { get; set; }
    public bool IsSampleData { get; set; }
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
