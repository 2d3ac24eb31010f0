using Lebenswelten.Core.Referrals;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Referrals;

/// <summary>A signed paper consent ("the jobcenter may learn: redeemed yes"), and its withdrawal, recorded by staff.</summary>
public sealed record PaperConsentRequest(DateOnly? SignedOn, bool PaperAtHand = false);

/// <summary>
/// The staff endpoints of <see cref="PaperConsents"/>: the site's counsellors and coordinators; 404 to everyone else. The
/// answer is the consent record, never the voucher's redemption.
/// </summary>
internal static class PaperConsentEndpoints
{
    public static void Map(RouteGroupBuilder referrals)
    {
        referrals.MapPost("/{id:guid}/paper-consent", RecordAsync).WithName("RecordPaperReferralConsent").RequireAuthorization()
            .WithSummary("Record a consent the client signed on paper (signedOn, paperAtHand: true); the site's counsellors and coordinators.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        referrals.MapPost("/{id:guid}/paper-consent/withdraw", WithdrawAsync).WithName("WithdrawPaperReferralConsent").RequireAuthorization()
            .WithSummary("Record a withdrawal the client signed on paper: the jobcenter sees \"no information\" again.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Results<Ok<ReferralConsentDto>, ProblemHttpResult>> RecordAsync(Guid id, PaperConsentRequest body,
        PaperConsents consents, HttpContext context, IStringLocalizer<ReferralsResource> text, CancellationToken ct) =>
        ClientEndpoints.Answer(await consents.RecordAsync(id, new PaperConsentDraft(body.SignedOn, body.PaperAtHand), context.AuditActor(), ct), text);

    private static async Task<Results<Ok<ReferralConsentDto>, ProblemHttpResult>> WithdrawAsync(Guid id, PaperConsentRequest body,
        PaperConsents consents, HttpContext context, IStringLocalizer<ReferralsResource> text, CancellationToken ct) =>
        ClientEndpoints.Answer(await consents.WithdrawAsync(id, new PaperConsentDraft(body.SignedOn, body.PaperAtHand), context.AuditActor(), ct), text);
}
