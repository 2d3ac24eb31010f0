using Lebenswelten.Core.Network.Partnerships;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Network;

/// <summary>
/// The site's eligibility checklist for a health partnership (seed 001): coordinators keep the evidence, insurer
/// officers confirm and decide; every other person at the site does not find it (404).
/// </summary>
internal static class EligibilityEndpoints
{
    public static void Map(RouteGroupBuilder sites)
    {
        var eligibility = sites.MapGroup("/eligibility").RequireAuthorization(Policies.SiteStaff);
        eligibility.MapGet("", GetAsync).WithName("GetEligibility")
            .WithSummary("The three criteria with evidence and confirmations, the decision, its history, and the site's GISD.");
        eligibility.MapPut("/evidence", EvidenceAsync).WithName("SaveEligibilityEvidence")
            .WithSummary("The evidence for one criterion (coordinators); a confirmation of it is withdrawn.");
        eligibility.MapPost("/confirm", ConfirmAsync).WithName("ConfirmEligibilityCriterion")
            .WithSummary("Confirms a criterion or withdraws the confirmation (insurer officers).");
        eligibility.MapPost("/decide", DecideAsync).WithName("DecideEligibility")
            .WithSummary("Eligible (all criteria confirmed) or not eligible, with a note (insurer officers).");
    }

    private static async Task<Results<Ok<EligibilityDto>, ProblemHttpResult>> GetAsync(string site, SiteDirectory sites,
        EligibilityReview review, HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct) =>
        await sites.FindAsync(site, ct) is { } found
            ? NetworkApi.Answer(await review.FindAsync(found.Id, http.User.UserId(), ct), EligibilityDto.From, text)
            : DomainProblem.NotFound("Site.NotFound").ToProblem(text);

    private static Task<Results<Ok<EligibilityDto>, ProblemHttpResult>> EvidenceAsync(string site, EvidenceBody body, SiteDirectory sites,
        EligibilityReview review, HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct) =>
        ChangeAsync(site, body.Criterion is null ? "Criterion" : null, sites, review, http, text, ct,
            siteId => review.SaveEvidenceAsync(siteId, body.Criterion!.Value, body.Evidence, http.AuditActor(), ct));

    private static Task<Results<Ok<EligibilityDto>, ProblemHttpResult>> ConfirmAsync(string site, ConfirmBody body, SiteDirectory sites,
        EligibilityReview review, HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct) =>
        ChangeAsync(site, body.Criterion is null ? "Criterion" : null, sites, review, http, text, ct,
            siteId => review.ConfirmAsync(siteId, body.Criterion!.Value, body.Confirmed, http.AuditActor(), ct));

    private static Task<Results<Ok<EligibilityDto>, ProblemHttpResult>> DecideAsync(string site, DecideBody body, SiteDirectory sites,
        EligibilityReview review, HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct) =>
        ChangeAsync(site, body.Decision is null ? "Decision" : null, sites, review, http, text, ct,
            siteId => review.DecideAsync(siteId, body.Decision, body.Note, http.AuditActor(), ct));

    /// <summary>Who may not see the checklist learns nothing, not even that the body lacks its choice.</summary>
    private static async Task<Results<Ok<EligibilityDto>, ProblemHttpResult>> ChangeAsync(string site, string? missing,
        SiteDirectory sites, EligibilityReview review, HttpContext http, IStringLocalizer text, CancellationToken ct,
        Func<Guid, Task<Outcome<EligibilityCheck>>> change)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return DomainProblem.NotFound("Site.NotFound").ToProblem(text);
        }
        if ((await review.FindAsync(found.Id, http.User.UserId(), ct)).Problem is { } hidden)
        {
            return hidden.ToProblem(text);
        }
        if (missing is not null)
        {
            return DomainProblem.Field(missing, "Required").ToProblem(text);
        }
        if ((await change(found.Id)).Problem is { } problem)
        {
            return problem.ToProblem(text);
        }
        return NetworkApi.Answer(await review.FindAsync(found.Id, http.User.UserId(), ct), EligibilityDto.From, text);
    }
}
