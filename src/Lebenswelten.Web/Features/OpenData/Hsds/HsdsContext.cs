using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.OpenData.Hsds;

/// <summary>What every HSDS endpoint needs: the site, the catalogue's public services, texts and the public address.</summary>
/// <remarks>Bound with [AsParameters], which needs the services as public properties of a record.</remarks>
internal sealed record HsdsContext(SiteDirectory Directory, OfferingCatalogue Catalogue, CatalogueProviders Providers,
    IStringLocalizer<OpenDataResource> Text, PublicAddress Address, TimeProvider Clock)
{
    public Task<Site?> SiteAsync(string slug, CancellationToken ct) => Directory.FindAsync(slug, ct);

    public ProblemHttpResult SiteNotFound() => DomainProblem.NotFound("Site.NotFound").ToProblem(Text);

    public HsdsMapping Mapping(Site site) => new(site, Text, Address, Clock.GetUtcNow());

    /// <summary>The site's catalogue at the asked page, narrowed to a taxonomy term; or the problem (404 site, 400 values).</summary>
    public async Task<(Site? Site, CatalogueQuery? Query, ProblemHttpResult? Problem)> QueryAsync(string slug, HsdsPaging paging, string? term,
        CancellationToken ct)
    {
        if (await SiteAsync(slug, ct) is not { } site)
        {
            return (null, null, SiteNotFound());
        }
        var (page, size, problem) = paging.Read();
        var query = new CatalogueQuery { SiteId = site.Id, Page = page, PageSize = size, CountLimit = null };
        if (!string.IsNullOrWhiteSpace(term))
        {
            var match = Guid.TryParse(term, out var id) ? HsdsTaxonomies.Terms(Text).FirstOrDefault(t => t.Id == id) : null;
            query = match?.Taxonomy switch
            {
                HsdsTaxonomies.CategoryTaxonomy => query with { Category = Enum.Parse<OfferingCategory>(match.Code) },
                HsdsTaxonomies.TargetGroupTaxonomy => query with { TargetGroup = Enum.Parse<TargetGroups>(match.Code) },
                _ => query,
            };
            problem ??= match is null ? DomainProblem.Field("taxonomy_term_id", "Unknown") : null;
        }
        return problem is null ? (site, query, null) : (site, null, problem.ToProblem(Text, StatusCodes.Status400BadRequest));
    }
}
