using Lebenswelten.Core.Network;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Network.Partnerships;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using static Lebenswelten.Web.Features.Network.NetworkApi;

namespace Lebenswelten.Web.Features.Network;

/// <summary>
/// Agreements (an insurer's officers read their insurer's at every site, coordinators their site's, residents the public
/// summaries of signed partnerships), the network picture, and the eligibility checklist.
/// </summary>
internal static class PartnershipEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var sites = app.MapGroup("/api/sites/{site}").WithTags("Partnerships");
        sites.MapGet("/partnerships", PublicAsync).WithName("ListPublicPartnerships").AllowAnonymous()
            .WithSummary("The site's signed agreements that are not over: what residents may know of them.");
        sites.MapGet("/network-graph", GraphAsync).WithName("GetNetworkGraph").RequireAuthorization(Policies.SiteStaff)
            .WithSummary("Who works with whom: organisations, memberships, agreements (as far as the caller may read them).");
        sites.MapPost("/agreements", CreateAsync).WithName("CreateAgreement").RequireAuthorization(Policies.SiteStaff)
            .WithSummary("A draft agreement between two or more of the site's organisations (coordinators, the parties' insurers).");
        var agreements = app.MapGroup("/api/agreements").WithTags("Partnerships").RequireAuthorization();
        agreements.MapGet("", ListAsync).WithName("ListAgreements")
            .WithSummary("The agreements the caller may read, of one site (?site=) or every site; paged.");
        agreements.MapGet("/{id:guid}", GetAsync).WithName("GetAgreement").WithSummary("One agreement with parties and documents.");
        agreements.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateAgreement").WithSummary("Changes a draft (its editors).");
        agreements.MapPost("/{id:guid}/sign", SignAsync).WithName("SignAgreement")
            .WithSummary("Records the signing; a health partnership needs the municipality found eligible.");
        agreements.MapPost("/{id:guid}/end", EndAsync).WithName("EndAgreement").WithSummary("Ends a signed agreement.");
        agreements.MapPost("/{id:guid}/documents", DocumentEndpoints.ToAgreementAsync).WithName("UploadAgreementDocument")
            .DisableAntiforgery().WithSummary("A document or the signed copy (multipart: title, file, signedCopy).");
        EligibilityEndpoints.Map(sites);
    }

    private static async Task<Results<Ok<List<AgreementSummary>>, ProblemHttpResult>> PublicAsync(string site, SiteDirectory sites,
        AgreementDirectory agreements, IStringLocalizer<NetworkResource> text, CancellationToken ct) =>
        await sites.FindAsync(site, ct) is { } found ? TypedResults.Ok((await agreements.PublicAsync(found.Id, ct)).ToList())
            : DomainProblem.NotFound("Site.NotFound").ToProblem(text);

    private static async Task<Results<Ok<GraphDto>, ProblemHttpResult>> GraphAsync(string site, OrganisationKind[]? kind,
        SiteDirectory sites,
        NetworkGraphs graphs, HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return DomainProblem.NotFound("Site.NotFound").ToProblem(text);
        }
        return Answer(await graphs.BuildAsync(found.Id, http.User.UserId(), ct), g => g.Of(kind ?? []) is var shown
            ? new GraphDto(shown.Organisations, shown.Networks, shown.Memberships, shown.Agreements) : null!, text);
    }

    private static async Task<Results<Ok<PageOf<AgreementDto>>, ProblemHttpResult>> ListAsync(string? site, int? page, int? pageSize,
        SiteDirectory sites, AgreementDirectory agreements, HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct)
    {
        var (number, size) = (page ?? 1, pageSize ?? 20);
        if (number < 1 || size is < 1 or > AgreementDirectory.MaxPageSize)
        {
            return DomainProblem.Field("page", "OutOfRange").ToProblem(text, StatusCodes.Status400BadRequest);
        }
        Guid? siteId = null;
        if (site is not null)
        {
            if (await sites.FindAsync(site, ct) is not { } found)
            {
                return DomainProblem.NotFound("Site.NotFound").ToProblem(text);
            }
            siteId = found.Id;
        }
        var result = await agreements.ListAsync(siteId, http.User.UserId(), number, size, ct);
        return TypedResults.Ok(PageOf<AgreementDto>.Of([.. result.Items.Select(AgreementDto.From)], number, size, result.Total));
    }

    private static async Task<Results<Created<AgreementDto>, ProblemHttpResult>> CreateAsync(string site, AgreementBody body,
        SiteDirectory sites, AgreementEditor editor, AgreementDirectory agreements, HttpContext http,
            IStringLocalizer<NetworkResource> text,
        CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return DomainProblem.NotFound("Site.NotFound").ToProblem(text);
        }
        var outcome = await editor.CreateAsync(found.Id, body.Draft(), http.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            return problem.ToProblem(text);
        }
        var view = await agreements.FindAsync(outcome.Value!.Id, http.User.UserId(), ct);
        return TypedResults.Created($"/api/agreements/{outcome.Value.Id}", AgreementDto.From(view.Value!));
    }

    private static async Task<Results<Ok<AgreementDto>, ProblemHttpResult>> GetAsync(Guid id, AgreementDirectory agreements,
        HttpContext http,
        IStringLocalizer<NetworkResource> text, CancellationToken ct) =>
        Answer(await agreements.FindAsync(id, http.User.UserId(), ct), AgreementDto.From, text);

    private static async Task<Results<Ok<AgreementDto>, ProblemHttpResult>> UpdateAsync(Guid id, AgreementBody body, AgreementEditor editor,
        AgreementDirectory agreements, HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct) =>
        await Fresh(await editor.UpdateAsync(id, body.Draft(), http.AuditActor(), ct), id, agreements, http, text, ct);

    private static async Task<Results<Ok<AgreementDto>, ProblemHttpResult>> SignAsync(Guid id, SignBody body, AgreementSigning signing,
        AgreementDirectory agreements, HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct) =>
        await Fresh(await signing.SignAsync(id, body.SignedOn, http.AuditActor(), ct), id, agreements, http, text, ct);

    private static async Task<Results<Ok<AgreementDto>, ProblemHttpResult>> EndAsync(Guid id, EndBody body, AgreementSigning signing,
        AgreementDirectory agreements, HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct) =>
        await Fresh(await signing.EndAsync(id, body.EndedOn, http.AuditActor(), ct), id, agreements, http, text, ct);

    /// <summary>The agreement in its new state, as the caller may see it.</summary>
    private static async Task<Results<Ok<AgreementDto>, ProblemHttpResult>> Fresh(Outcome<Agreement> changed, Guid id,
        AgreementDirectory agreements, HttpContext http, IStringLocalizer text, CancellationToken ct) =>
        changed.Problem is { } problem ? problem.ToProblem(text)
            : Answer(await agreements.FindAsync(id, http.User.UserId(), ct), AgreementDto.From, text);
}
