using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Referrals;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Lebenswelten.Web.Features.Referrals;

/// <summary>
/// The client's endpoints, no account needed: redeem with the code, then, with the personal link's secret
/// (<see cref="VoucherCaller"/>), see the voucher, register, give or withdraw the consent. Without the secret a voucher does
/// not exist (404).
/// </summary>
internal static class ClientEndpoints
{
    public static void Map(RouteGroupBuilder referrals)
    {
        referrals.MapGet("/{id:guid}/client", ClientViewAsync).WithName("GetReferralForClient").AllowAnonymous()
            .WithSummary("The voucher for its holder (X-Voucher-Token): categories, note, registrations, consents, what the jobcenter sees.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        referrals.MapPost("/{id:guid}/registrations", RegisterAsync).WithName("RegisterWithReferral").AllowAnonymous()
            .RequireRateLimiting(RateLimits.Registration)
            .WithSummary("Register for an offering of the voucher's categories through the normal flow (places and waiting list).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        referrals.MapPost("/{id:guid}/consent", GiveConsentAsync).WithName("GiveReferralConsent").AllowAnonymous()
            .WithSummary("The holder lets the jobcenter learn \"redeemed: yes\", and nothing more.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        referrals.MapPost("/{id:guid}/consent/withdraw", WithdrawConsentAsync).WithName("WithdrawReferralConsent").AllowAnonymous()
            .WithSummary("The holder withdraws the consent: the jobcenter sees \"no information\" again.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<Results<Ok<RedeemedVoucherDto>, ProblemHttpResult>> RedeemAsync(RedeemVoucherRequest body,
        VoucherRedemption redemption, VoucherHolder holder, VoucherLinks links, HttpContext context,
        IStringLocalizer<ReferralsResource> text, CancellationToken ct)
    {
        var outcome = await redemption.RedeemAsync(body.Code, body.TellJobcenter, context.User.UserId(),
            Localization.MailLanguage(body.Language), ct);
        if (outcome.Problem is { } problem)
        {
            return problem.ToProblem(text);
        }
        var (voucher, token) = outcome.Value!;
        var view = (await holder.ViewAsync(voucher.Id, token, ct))!;
        return TypedResults.Ok(new RedeemedVoucherDto(voucher.Id, token, links.Client(voucher.Id, token), ClientVoucherDto.From(view)));
    }

    private static async Task<Results<Ok<ClientVoucherDto>, ProblemHttpResult>> ClientViewAsync(Guid id, VoucherCaller caller,
        VoucherHolder holder, IStringLocalizer<ReferralsResource> text, CancellationToken ct) =>
        await holder.ViewAsync(id, caller.Token, ct) is { } view
            ? TypedResults.Ok(ClientVoucherDto.From(view))
            : DomainProblem.NotFound("Voucher.NotFound").ToProblem(text);

    private static async Task<Results<Created<VoucherRegistrationDto>, ProblemHttpResult>> RegisterAsync(Guid id,
        VoucherRegistrationRequest body, VoucherCaller caller, VoucherHolder holder, UserManager<AppUser> users,
        Lebenswelten.Core.Messaging.IMessageLinks mailLinks, IStringLocalizer<ReferralsResource> text, CancellationToken ct)
    {
        if (await holder.FindVoucherAsync(id, caller.Token, ct) is null)
        {
            return DomainProblem.NotFound("Voucher.NotFound").ToProblem(text);
        }
        if (body.OfferingId is not { } offeringId)
        {
            return DomainProblem.Field(nameof(body.OfferingId), "Required").ToProblem(text);
        }
        var language = Localization.MailLanguage(body.Language);
        var account = caller.UserId is { } userId ? await users.FindByIdAsync(userId) : null;
        var who = VoucherRegistrants.Of(account, body.Name, body.Email, language);
        var outcome = await holder.RegisterAsync(id, caller.Token, offeringId, who, ct);
        if (outcome.Problem is { } problem)
        {
            return problem.ToProblem(text);
        }
        var (registration, position, guestToken) = outcome.Value!;
        return TypedResults.Created((string?)null, new VoucherRegistrationDto(registration.Id, registration.Status, position,
            guestToken is null ? null : mailLinks.ManageRegistration(registration.Id, guestToken)));
    }

    private static async Task<Results<Ok<ReferralConsentDto>, ProblemHttpResult>> GiveConsentAsync(Guid id, VoucherCaller caller,
        ReferralConsents consents, IStringLocalizer<ReferralsResource> text, CancellationToken ct) =>
        Answer(await consents.GiveAsync(id, caller.Token, Localization.CurrentLanguage, ct), text);

    private static async Task<Results<Ok<ReferralConsentDto>, ProblemHttpResult>> WithdrawConsentAsync(Guid id, VoucherCaller caller,
        ReferralConsents consents, IStringLocalizer<ReferralsResource> text, CancellationToken ct) =>
        Answer(await consents.WithdrawAsync(id, caller.Token, ct), text);

    /// <summary>A consent's new state, or its problem; also for the staff's paper records (<see cref="PaperConsentEndpoints"/>).</summary>
    internal static Results<Ok<ReferralConsentDto>, ProblemHttpResult> Answer(Outcome<ReferralConsent> outcome, IStringLocalizer text) =>
        outcome.Problem is { } problem ? problem.ToProblem(text) : TypedResults.Ok(ReferralConsentDto.From(outcome.Value!));
}
