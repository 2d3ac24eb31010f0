using System.Text.Json.Serialization;

namespace Lebenswelten.Web.Features.OpenData.Hsds;

// The records of Open Referral's Human Services Data Specification 3.x (https://docs.openreferral.org), as far as the
// catalogue fills them. Names are HSDS's, written snake_case by HsdsJson; absent values are left out, never null
// (the schemas allow no null).

/// <summary>HSDS's paged list: the page's records in <c>contents</c>.</summary>
public sealed record HsdsPage<T>(int TotalItems, int TotalPages, int PageNumber, int Size, bool FirstPage, bool LastPage, bool Empty,
    IReadOnlyList<T> Contents);

public sealed record HsdsService(Guid Id, Guid OrganizationId, string Name, string Description, string Url, string Status)
{
    public string? FeesDescription { get; init; }
    public int? MinimumAge { get; init; }
    public int? MaximumAge { get; init; }
    public string? EligibilityDescription { get; init; }
    public string? Accreditations { get; init; }
    public string? LastModified { get; init; }
    public HsdsOrganization? Organization { get; init; }
    public IReadOnlyList<HsdsSchedule>? Schedules { get; init; }
    public IReadOnlyList<HsdsLanguage>? Languages { get; init; }
    public IReadOnlyList<HsdsCostOption>? CostOptions { get; init; }
    public IReadOnlyList<HsdsContact>? Contacts { get; init; }
    public IReadOnlyList<HsdsServiceAtLocation>? ServiceAtLocations { get; init; }
    public IReadOnlyList<HsdsAttribute>? Attributes { get; init; }
}

public sealed record HsdsOrganization(Guid Id, string Name, string Description)
{
    public string? Website { get; init; }
    public string? Email { get; init; }
    public IReadOnlyList<HsdsPhone>? Phones { get; init; }
}

public sealed record HsdsPhone(Guid Id, Guid OrganizationId, string Number);

public sealed record HsdsLocation(Guid Id, string LocationType)
{
    public Guid? OrganizationId { get; init; }
    public string? Name { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public IReadOnlyList<HsdsAddress>? Addresses { get; init; }
    public IReadOnlyList<HsdsAccessibility>? Accessibility { get; init; }
}

public sealed record HsdsAddress(Guid Id, Guid LocationId, [property: JsonPropertyName("address_1")] string Address1, string City, string StateProvince, string PostalCode,
    string Country, string AddressType);

public sealed record HsdsAccessibility(Guid Id, Guid LocationId, string Description);

public sealed record HsdsServiceAtLocation(Guid Id, Guid ServiceId, Guid LocationId)
{
    public HsdsLocation? Location { get; init; }
    public HsdsService? Service { get; init; }
}

/// <summary>One dated session: HSDS's schedule for a single occurrence (valid on one day, opens and closes in Berlin time).</summary>
public sealed record HsdsSchedule(Guid Id, Guid ServiceId, string ValidFrom, string ValidTo, string Dtstart, string OpensAt,
    string ClosesAt, string Description, string AttendingType);

public sealed record HsdsLanguage(Guid Id, Guid ServiceId, string Name, string Code);

public sealed record HsdsCostOption(Guid Id, Guid ServiceId, string Option, string Currency, decimal Amount);

public sealed record HsdsContact(Guid Id, Guid ServiceId, string Name, string Title)
{
    public string? Email { get; init; }
}

/// <summary>A link from a service to a taxonomy term (HSDS 3's way of classifying).</summary>
public sealed record HsdsAttribute(Guid Id, Guid LinkId, Guid TaxonomyTermId, string LinkType, string LinkEntity, HsdsTaxonomyTerm TaxonomyTerm);

public sealed record HsdsTaxonomyTerm(Guid Id, string Code, string Name, string Description, string Taxonomy, Guid TaxonomyId, string Language);

public sealed record HsdsTaxonomy(Guid Id, string Name, string Description, string Uri, string Version);

/// <summary>What GET …/hsds answers: which HSDS version this API follows, and where its description is.</summary>
public sealed record HsdsMeta(string Version, string Profile, string OpenapiUrl);
