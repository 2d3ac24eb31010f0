using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Sites;

public static class SitesApi
{
    public static void MapSitesApi(this IEndpointRouteBuilder app)
    {
        var sites = app.MapGroup("/api/sites").WithTags("Sites");
        sites.MapGet("", ListSites).WithName("ListSites").WithSummary("All sites (cities, districts) with their slug.").AllowAnonymous();
        sites.MapGet("/{site}", GetSite).WithName("GetSite").WithSummary("One site by its slug.").AllowAnonymous();
        sites.MapGet("/{site}/organisations", ListOrganisations).WithName("ListOrganisations").WithSummary("The organisations of a site (public profile fields).")
            .AllowAnonymous();
        sites.MapGet("/{site}/members", ListMembers).WithName("ListSiteMembers").WithSummary("The staff of a site and their roles (coordinators).")
            .RequireAuthorization(Policies.SiteCoordinator);
    }

    private static async Task<Ok<List<SiteSummaryDto>>> ListSites(SiteDirectory directory, CancellationToken ct) =>
        TypedResults.Ok((await directory.ListAsync(ct)).Select(SiteSummaryDto.From).ToList());

    private static async Task<Results<Ok<SiteDetailsDto>, ProblemHttpResult>> GetSite(
        string site, SiteDirectory directory, IStringLocalizer<SitesResource> text, CancellationToken ct)
    {
        if (await directory.FindAsync(site, ct) is not { } found)
        {
            return SiteNotFound(text);
        }
        var districts = await directory.DistrictsAsync(found.Id, ct);
        return TypedResults.Ok(new SiteDetailsDto(found.Slug, found.Name, found.State, found.Ags, found.Description,
            GisdDto.From(found.Gisd), found.Contact.Name, found.Contact.Email,
            districts.Select(d => new DistrictDto(d.Key, d.Name, d.Population, d.PopulationYear, d.IsSampleData)).ToList()));
    }

    private static async Task<Results<Ok<List<OrganisationDto>>, ProblemHttpResult>> ListOrganisations(
        string site, SiteDirectory directory, SiteRoster roster, IStringLocalizer<SitesResource> text, CancellationToken ct)
    {
        if (await directory.FindAsync(site, ct) is not { } found)
        {
            return SiteNotFound(text);
        }
        return TypedResults.Ok((await roster.OrganisationsAsync(found.Id, ct)).Select(OrganisationDto.From).ToList());
    }

    private static async Task<Results<Ok<List<SiteMemberDto>>, ProblemHttpResult>> ListMembers(
        string site, SiteDirectory directory, SiteRoster roster, AuditLog audit, IStringLocalizer<SitesResource> text, HttpContext context,
        CancellationToken ct)
    {
        if (await directory.FindAsync(site, ct) is not { } found)
        {
            return SiteNotFound(text);
        }
        var members = await roster.MembersAsync(found.Id, ct);
        await audit.RecordReadAsync(context.AuditActor(), "Site.Members", found.Slug, found.Id, ct, members.Select(m => m.UserId));
        return TypedResults.Ok(members.Select(m => new SiteMemberDto(m.Email, m.DisplayName, m.Roles, m.Organisation)).ToList());
    }

    private static ProblemHttpResult SiteNotFound(IStringLocalizer text) => DomainProblem.NotFound("Site.NotFound").ToProblem(text);
}
