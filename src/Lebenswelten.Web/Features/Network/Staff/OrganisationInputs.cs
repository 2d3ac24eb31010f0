using Lebenswelten.Core.Network;
using Lebenswelten.Core.Organisations;

namespace Lebenswelten.Web.Features.Network.Staff;

/// <summary>The profile form as posted: flag sets as lists of names.</summary>
public sealed class OrganisationInput
{
    public string? Name { get; set; }
    public OrganisationKind? Kind { get; set; }
    public string? Description { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Website { get; set; }
    public List<FieldsOfAction> FieldsOfWork { get; set; } = [];
    public List<TargetGroups> TargetGroups { get; set; } = [];
    public List<Guid> DistrictIds { get; set; } = [];

    public OrganisationDraft Draft() => new(Name, Kind, Description, Street, PostalCode, City, Email, Phone, Website,
        FieldsOfWork.Combine(), TargetGroups.Combine(), DistrictIds);

    public static OrganisationInput From(Organisation o) => new()
    {
        Name = o.Name, Kind = o.Kind, Description = o.Description, Street = o.Address.Street, PostalCode = o.Address.PostalCode,
        City = o.Address.City, Email = o.Email, Phone = o.Phone, Website = o.Website, FieldsOfWork = [.. o.FieldsOfWork.Members()],
        TargetGroups = [.. o.TargetGroups.Members()], DistrictIds = o.DistrictIds,
    };
}

public sealed class ContactPersonInput
{
    public string? Name { get; set; }
    public string? Function { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public ConsentSource? ConsentSource { get; set; }
    public bool ConsentGiven { get; set; }

    public ContactDraft Draft() => new(Name, Function, Email, Phone, ConsentGiven, ConsentSource);
}
