using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Web.Features.Sites;

public sealed record GisdDto(int Year, double Score, int? Quintile, string Source)
{
    public static GisdDto? From(GisdScore? gisd) =>
        gisd is null ? null : new GisdDto(gisd.Year, Math.Round(gisd.Score, 3), gisd.Quintile, GisdTable.Citation);
}

public sealed record SiteSummaryDto(string Slug, string Name, string State, string Ags, GisdDto? Gisd)
{
    public static SiteSummaryDto From(Site site) => new(site.Slug, site.Name, site.State, site.Ags, GisdDto.From(site.Gisd));
}

public sealed record DistrictDto(string Key, string Name, int? Population, int? PopulationYear, bool IsSampleData);

public sealed record SiteDetailsDto(
    string Slug, string Name, string State, string Ags, string? Description, GisdDto? Gisd,
    string? ContactName, string? ContactEmail, IReadOnlyList<DistrictDto> Districts);

public sealed record OrganisationDto(
    Guid Id, string Name, OrganisationKind Kind, string? Street, string? PostalCode, string? City,
    string? Website, bool IsSampleData)
{
    public static OrganisationDto From(Organisation o) =>
        new(o.Id, o.Name, o.Kind, o.Address.Street, o.Address.PostalCode, o.Address.City, o.Website, o.IsSampleData);
}

public sealed record SiteMemberDto(string Email, string? DisplayName, IReadOnlyList<SiteRole> Roles, string? Organisation);
