using Lebenswelten.Core.Referrals;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.Api;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Referrals;

/// <summary>
/// Jobcenter referral vouchers (issue 19). The counsellor's endpoints answer only <see cref="JobcenterVoucherDto"/>; the
/// client's, behind the voucher's personal link (<see cref="VoucherCaller"/>), everything the client may know.
/// </summary>
public static class ReferralsApi
{
    public static void MapReferralsApi(this IEndpointRouteBuilder app)
    {
        var site = app.MapGroup("/api/sites/{site}").WithTags("Referrals").RequireAuthorization(Policies.SiteStaff);
        site.MapPost("/referrals", IssueAsync).WithName("IssueReferral")
            .WithSummary("Issue a voucher (jobcenter counsellors of the site). The answer carries the code, once.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        site.MapGet("/referrals", ListAsync).WithName("ListReferrals")
            .WithSummary("The site's vouchers as the jobcenter sees them: issued, valid until, redeemed yes or no information.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
        site.MapGet("/referral-figures", FiguresAsync).WithName("ReferralFigures")
            .WithSummary("Monthly figures of a year for coordinators and evaluators; every count under five is held back.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        var referrals = app.MapGroup("/api/referrals").WithTags("Referrals");
        referrals.MapGet("/{id:guid}", ViewAsync).WithName("GetReferral").RequireAuthorization()
            .WithSummary("One voucher as the jobcenter sees it (the site's counsellors); 404 to everyone else.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        referrals.MapPost("/{id:guid}/send", SendAsync).WithName("SendReferral").RequireAuthorization()
            .WithSummary("Send the voucher by e-mail in its print language (the issuing counsellor, during the conversation); the address is not stored with it.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        referrals.MapPost("/redeem", ClientEndpoints.RedeemAsync).WithName("RedeemReferral").AllowAnonymous()
            .RequireRateLimiting(RateLimits.VoucherCode)
            .WithSummary("Redeem a voucher with its code, no account needed; tellJobcenter (default false) is the separate consent.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        ClientEndpoints.Map(referrals);
        PaperConsentEndpoints.Map(referrals);
    }

    private static async Task<Results<Created<IssuedVoucherDto>, ProblemHttpResult>> IssueAsync(string site, IssueVoucherRequest body,
        SiteDirectory sites, VoucherIssuing issuing, LinkGenerator links, HttpContext context, IStringLocalizer<ReferralsResource> text,
        CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return DomainProblem.NotFound("Site.NotFound").ToProblem(text);
        }
        var (draft, format) = VoucherInput.Draft(body.Categories, body.ClientNote, body.ValidMonths, body.Language);
        var outcome = format is not null ? format : await issuing.IssueAsync(found.Id, draft, context.AuditActor(), ct, body.Email);
        if (outcome.Problem is { } problem)
        {
            return problem.ToProblem(text);
        }
        var (voucher, code) = outcome.Value!;
        var print = links.GetPathByPage(context, "/Referrals/Print", values: new { site, voucher = voucher.Id, sprache = VoucherLanguages.Current(voucher.PrintLanguage) })!;
        return TypedResults.Created(links.GetPathByName(context, "GetReferral", new { id = voucher.Id }),
            new IssuedVoucherDto(voucher.Id, voucher.IssuedAt, voucher.ValidUntil, code, VoucherLanguages.Current(voucher.PrintLanguage), print));
    }

    private static async Task<Results<Ok<PageOf<JobcenterVoucherDto>>, ProblemHttpResult>> ListAsync(string site, int? page, int? pageSize,
        SiteDirectory sites, VoucherIssuing issuing, HttpContext context, IStringLocalizer<ReferralsResource> text, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return DomainProblem.NotFound("Site.NotFound").ToProblem(text);
        }
        var (number, size) = (page ?? 1, pageSize ?? 20);
        if (Paging.Check(number, size) is { } paging)
        {
            return paging.ToProblem(text, StatusCodes.Status400BadRequest);
        }
        var outcome = await issuing.ListAsync(found.Id, number, size, context.AuditActor(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(text)
            : TypedResults.Ok(PageOf<JobcenterVoucherDto>.Of(outcome.Value.Items, JobcenterVoucherDto.From, number, size,
                outcome.Value.Total));
    }

    private static async Task<Results<Ok<List<MonthFiguresDto>>, ProblemHttpResult>> FiguresAsync(string site, int? year,
        SiteDirectory sites, ReferralFigures figures, TimeProvider clock, HttpContext context, IStringLocalizer<ReferralsResource> text,
        CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return DomainProblem.NotFound("Site.NotFound").ToProblem(text);
        }
        var outcome = await figures.ForYearAsync(found.Id, year ?? BerlinTime.LocalDate(clock.GetUtcNow()).Year, context.User.UserId(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(text)
            : TypedResults.Ok(outcome.Value!.Select(MonthFiguresDto.From).ToList());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SendAsync(Guid id, SendVoucherRequest body, VoucherIssuing issuing,
        HttpContext context, IStringLocalizer<ReferralsResource> text, CancellationToken ct)
    {
        var outcome = await issuing.MailAsync(id, body.Email, context.AuditActor(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(text) : TypedResults.NoContent();
    }

    private static async Task<Results<Ok<JobcenterVoucherDto>, ProblemHttpResult>> ViewAsync(Guid id, VoucherIssuing issuing,
        HttpContext context, IStringLocalizer<ReferralsResource> text, CancellationToken ct)
    {
        var outcome = await issuing.ViewAsync(id, context.AuditActor(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(text) : TypedResults.Ok(JobcenterVoucherDto.From(outcome.Value!));
    }
}
