using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Admin;

/// <summary>A sent invitation and where it stands.</summary>
public sealed record InvitationStateDto(Guid Id, string Email, string Site, SiteRole Role, InvitationState State, DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt, DateTimeOffset? AcceptedAt, DateTimeOffset? WithdrawnAt)
{
    public static InvitationStateDto From(InvitationRow r) =>
        new(r.Id, r.Email, r.SiteSlug, r.Role, r.State, r.CreatedAt, r.ExpiresAt, r.AcceptedAt, r.WithdrawnAt);
}

/// <summary>
/// Sent invitations (issue 25): a site's for its coordinators, all for the administrator; resend (new link, the old one
/// refused) and withdraw (refused at once). Another site's invitation answers 404. The administrator's reset of a
/// person's second factor needs a recent login, like every account change.
/// </summary>
public static class InvitationsApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Administration");
        api.MapGet("/sites/{site}/invitations", ListAtSiteAsync).WithName("ListSiteInvitations")
            .WithSummary("The site's sent invitations with their state, newest first.").RequireAuthorization(Policies.SiteCoordinator);
        api.MapGet("/admin/invitations", ListAllAsync).WithName("ListInvitations")
            .WithSummary("Every sent invitation with its state, newest first.").RequireAuthorization(Policies.Administrator);
        api.MapPost("/invitations/{id:guid}/resend", ResendAsync).WithName("ResendInvitation")
            .WithSummary("Mail the invitation again with a new link; the old link no longer works.").RequireAuthorization();
        api.MapPost("/invitations/{id:guid}/withdraw", WithdrawAsync).WithName("WithdrawInvitation")
            .WithSummary("Withdraw the invitation; its link no longer works.").RequireAuthorization();
        api.MapPost("/admin/users/{id}/reset-two-factor", ResetTwoFactorAsync).WithName("ResetTwoFactor")
            .WithSummary("Switch the person's second factor off (a reason is required; the person is mailed it).")
            .RequireAuthorization(Policies.Administrator).RequireAuthorization(Policies.RecentLogin);
    }

    private static async Task<Results<Ok<PageOf<InvitationStateDto>>, ProblemHttpResult>> ListAtSiteAsync(string site, SiteDirectory sites,
        InvitationDesk desk, AdminScopes scopes, IStringLocalizer<AdministrationResource> text, HttpContext context, CancellationToken ct,
        int page = 1, int pageSize = 20) =>
        await sites.FindAsync(site, ct) is { } found
            ? await ListAsync(found.Id, desk, scopes, text, context, page, pageSize, ct)
            : DomainProblem.NotFound("Site.NotFound").ToProblem(text);

    private static Task<Results<Ok<PageOf<InvitationStateDto>>, ProblemHttpResult>> ListAllAsync(InvitationDesk desk, AdminScopes scopes,
        IStringLocalizer<AdministrationResource> text, HttpContext context, CancellationToken ct, int page = 1, int pageSize = 20) =>
        ListAsync(null, desk, scopes, text, context, page, pageSize, ct);

    private static async Task<Results<Ok<PageOf<InvitationStateDto>>, ProblemHttpResult>> ListAsync(Guid? siteId, InvitationDesk desk,
        AdminScopes scopes, IStringLocalizer text, HttpContext context, int page, int pageSize, CancellationToken ct)
    {
        if (Paging.Check(page, pageSize) is { } paging)
        {
            return paging.ToProblem(text, StatusCodes.Status400BadRequest);
        }
        var listed = await desk.ListAsync(await scopes.ForAsync(context.User.UserId(), ct), siteId, page, pageSize, context.AuditActor(), ct);
        return listed.Problem is { } problem ? problem.ToProblem(text)
            : TypedResults.Ok(PageOf<InvitationStateDto>.Of(listed.Value.Items, InvitationStateDto.From, page, pageSize, listed.Value.Total));
    }

    private static async Task<Results<Ok<InvitationStateDto>, ProblemHttpResult>> ResendAsync(Guid id, InvitationDesk desk, AdminScopes scopes,
        IStringLocalizer<AdministrationResource> text, HttpContext context, CancellationToken ct) =>
        Answer(await desk.ResendAsync(await scopes.ForAsync(context.User.UserId(), ct), id, Localization.CurrentLanguage,
            context.AuditActor(), ct), text);

    private static async Task<Results<Ok<InvitationStateDto>, ProblemHttpResult>> WithdrawAsync(Guid id, InvitationDesk desk,
        AdminScopes scopes, IStringLocalizer<AdministrationResource> text, HttpContext context, CancellationToken ct) =>
        Answer(await desk.WithdrawAsync(await scopes.ForAsync(context.User.UserId(), ct), id, context.AuditActor(), ct), text);

    private static Results<Ok<InvitationStateDto>, ProblemHttpResult> Answer(Outcome<InvitationRow> outcome, IStringLocalizer text) =>
        outcome.Problem is { } problem ? problem.ToProblem(text) : TypedResults.Ok(InvitationStateDto.From(outcome.Value!));

    private static async Task<Results<NoContent, ProblemHttpResult>> ResetTwoFactorAsync(string id, AccountChanges changes,
        AdminScopes scopes, IStringLocalizer<AdministrationResource> text, HttpContext context, CancellationToken ct)
    {
        var outcome = await changes.ResetTwoFactorAsync(await scopes.ForAsync(context.User.UserId(), ct), id,
            await ReasonBody.ReadAsync(context.Request, ct), Localization.CurrentLanguage, context.AuditActor(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(text) : TypedResults.NoContent();
    }
}
