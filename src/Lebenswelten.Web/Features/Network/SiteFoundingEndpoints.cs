using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Network;

/// <summary>A new municipality joins: the administrator creates its site from its official key (AGS).</summary>
internal static class SiteFoundingEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin").WithTags("Administration").RequireAuthorization(Policies.Administrator);
        admin.MapGet("/site-proposals", ProposeAsync).WithName("ProposeSite")
            .WithSummary("What a site for this AGS would be: name, state, slug and the RKI's GISD score and quintile.");
        admin.MapPost("/sites", CreateAsync).WithName("CreateSite")
            .WithSummary("Creates the site from its AGS (name and slug may be given); districts and the first coordinator come next.");
    }

    private static Results<Ok<SiteProposalDto>, ProblemHttpResult> ProposeAsync(string? ags, SiteFounding founding,
        IStringLocalizer<NetworkResource> text) =>
        NetworkApi.Answer(founding.Propose(ags), p => new SiteProposalDto(p.Ags, p.Name, p.State, p.Slug, p.Gisd, p.NameFromKreis), text);

    private static async Task<Results<Created<FoundedSiteDto>, ProblemHttpResult>> CreateAsync(SiteFoundingBody body, SiteFounding founding,
        HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct)
    {
        var outcome = await founding.CreateAsync(new SiteFoundingRequest(body.Ags, body.Name, body.Slug), http.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            return problem.ToProblem(text);
        }
        var site = outcome.Value!;
        return TypedResults.Created($"/api/sites/{site.Slug}", new FoundedSiteDto(site.Id, site.Slug, site.Name, site.State, site.Ags,
            site.Gisd));
    }
}
