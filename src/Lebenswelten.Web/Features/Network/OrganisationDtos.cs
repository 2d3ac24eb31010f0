using Lebenswelten.Core.Network;
using Lebenswelten.Core.Organisations;

namespace Lebenswelten.Web.Features.Network;

public sealed record OrganisationSummaryDto(Guid Id, string Name, OrganisationKind Kind, string? Website, bool IsSampleData)
{
    public static OrganisationSummaryDto Of(Organisation o) => new(o.Id, o.Name, o.Kind, o.Website, o.IsSampleData);
}

/// <summary>A profile as the site's staff see it; contacts are their own resource (audited, members only).</summary>
public sealed record OrganisationDto(Guid Id, Guid SiteId, string Name, OrganisationKind Kind, string? Description, string? Street,
    string? PostalCode, string? City, string? Email, string? Phone, string? Website, FieldsOfAction FieldsOfWork,
    TargetGroups TargetGroups, IReadOnlyList<Guid> DistrictIds, string? InstitutionCode, IReadOnlyList<Guid> NetworkIds, bool CanEdit,
    bool CanSeeContacts, bool IsSampleData)
{
    public static OrganisationDto From(OrganisationProfile p) => new(p.Organisation.Id, p.Organisation.SiteId, p.Organisation.Name,
        p.Organisation.Kind, p.Organisation.Description, p.Organisation.Address.Street, p.Organisation.Address.PostalCode,
        p.Organisation.Address.City, p.Organisation.Email, p.Organisation.Phone, p.Organisation.Website, p.Organisation.FieldsOfWork,
        p.Organisation.TargetGroups, p.Organisation.DistrictIds, p.Identity?.Ik, [.. p.Networks.Select(n => n.Network.Id)], p.CanEdit,
        p.CanSeeContacts, p.Organisation.IsSampleData);
}

public sealed record OrganisationBody(string? Name, OrganisationKind? Kind, string? Description, string? Street, string? PostalCode,
    string? City, string? Email, string? Phone, string? Website, FieldsOfAction? FieldsOfWork, TargetGroups? TargetGroups,
    List<Guid>? DistrictIds)
{
    public OrganisationDraft Draft() => new(Name, Kind, Description, Street, PostalCode, City, Email, Phone, Website,
        FieldsOfWork ?? FieldsOfAction.None, TargetGroups ?? Core.Common.TargetGroups.None, DistrictIds);
}

public sealed record ContactDto(Guid Id, Guid OrganisationId, string Name, string? Function, string? Email, string? Phone,
    ConsentSource ConsentSource, DateTimeOffset ConsentGivenAt, string ConsentVersion)
{
    public static ContactDto Of(ContactPerson c) => new(c.Id, c.OrganisationId, c.Name, c.Function, c.Email, c.Phone, c.ConsentSource,
        c.ConsentGivenAt, c.ConsentVersion);
}

/// <summary>A contact person: listed only with their consent, and how it was given (GDPR Art. 7(1)).</summary>
public sealed record ContactBody(string? Name, string? Function, string? Email, string? Phone, bool ConsentGiven, ConsentSource? ConsentSource)
{
    public ContactDraft Draft() => new(Name, Function, Email, Phone, ConsentGiven, ConsentSource);
}
