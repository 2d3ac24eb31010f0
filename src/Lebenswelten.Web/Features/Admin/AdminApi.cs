using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Admin;

/// <summary>
/// Accounts and roles for platform administrators; invitations also for a site's coordinators. Changing roles or
/// an account's status needs a recent login (<see cref="Policies.RecentLogin"/>), as on the pages.
/// </summary>
public static class AdminApi
{
    public static void MapAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin/users").WithTags("Administration").RequireAuthorization(Policies.Administrator);
        admin.MapGet("", ListUsers).WithName("ListUsers").WithSummary("All accounts with their roles, a page at a time, for administrators.");
        admin.MapPost("/{id}/roles", AssignRole).WithName("AssignRole").WithSummary("Give an account a role at a site.")
            .RequireAuthorization(Policies.RecentLogin);
        admin.MapDelete("/{id}/roles/{roleId:guid}", RemoveRole).WithName("RemoveRole").WithSummary("Take one role away from an account.")
            .RequireAuthorization(Policies.RecentLogin);
        admin.MapPost("/{id}/deactivate", Deactivate).WithName("DeactivateUser")
            .WithSummary("Deactivate an account: it cannot log in and its tokens end at once.").RequireAuthorization(Policies.RecentLogin);
        admin.MapPost("/{id}/reactivate", Reactivate).WithName("ReactivateUser").WithSummary("Let a deactivated account log in again.")
            .RequireAuthorization(Policies.RecentLogin);
        app.MapPost("/api/sites/{site}/invitations", Invite).WithTags("Administration").WithName("InviteToSite")
            .WithSummary("Invite a person by e-mail to a role at the site (coordinators).")
            .RequireAuthorization(Policies.SiteCoordinator);
        InvitationsApi.Map(app);
    }

    private static async Task<Results<Ok<PageOf<UserDto>>, ProblemHttpResult>> ListUsers(
        string? search, string? site, string? role, int? page, UserDirectory directory, SiteDirectory sites, AdminScopes scopes,
        IStringLocalizer<AdministrationResource> text, HttpContext context, CancellationToken ct)
    {
        Guid? siteId = null;
        if (site is not null)
        {
            if (await sites.FindAsync(site, ct) is not { } found)
            {
                return DomainProblem.Field("Site", "Unknown").ToProblem(text, StatusCodes.Status400BadRequest);
            }
            siteId = found.Id;
        }
        SiteRole? parsedRole = null;
        if (role is not null)
        {
            if (!TryParseRole(role, out var r))
            {
                return DomainProblem.Field("Role", "Unknown").ToProblem(text, StatusCodes.Status400BadRequest);
            }
            parsedRole = r;
        }
        var outcome = await directory.ListAsync(await scopes.ForAsync(context.User.UserId(), ct),
            new UserQuery(search, siteId, parsedRole, page ?? 1), context.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            return problem.ToProblem(text, problem.Kind == ProblemKind.Invalid ? StatusCodes.Status400BadRequest : null);
        }
        var result = outcome.Value!;
        var users = result.Users.Select(UserDto.From).ToList();
        return TypedResults.Ok(PageOf<UserDto>.Of(users, result.Page, UserQuery.PageSize, result.Total));
    }

    private static async Task<Results<Created<RoleDto>, ProblemHttpResult>> AssignRole(
        string id, RoleGrantBody body, UserAdministration administration, SiteDirectory sites, AdminScopes scopes,
        IStringLocalizer<AdministrationResource> text, HttpContext context, CancellationToken ct)
    {
        if (body.Role is not { } role)
        {
            return DomainProblem.Field("Role", "Required").ToProblem(text);
        }
        Guid? siteId = null;
        if (body.Site is not null)
        {
            if (await sites.FindAsync(body.Site, ct) is not { } found)
            {
                return DomainProblem.Field("Site", "Unknown").ToProblem(text);
            }
            siteId = found.Id;
        }
        var outcome = await administration.AssignRoleAsync(await scopes.ForAsync(context.User.UserId(), ct), id,
            new RoleGrant(siteId, role, body.OrganisationId), context.AuditActor(), ct);
        return outcome.Problem is { } problem
            ? problem.ToProblem(text)
            : TypedResults.Created($"/api/admin/users/{Uri.EscapeDataString(id)}/roles/{outcome.Value!.Id}", RoleDto.From(outcome.Value));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveRole(string id, Guid roleId, UserAdministration administration,
        AdminScopes scopes, IStringLocalizer<AdministrationResource> text, HttpContext context, CancellationToken ct)
    {
        var scope = await scopes.ForAsync(context.User.UserId(), ct);
        var outcome = await administration.RemoveRoleAsync(scope, id, roleId, context.AuditActor(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(text) : TypedResults.NoContent();
    }

    /// <summary>The reason is required: the person is mailed it (issue 25).</summary>
    private static Task<Results<Ok<AccountStatusDto>, ProblemHttpResult>> Deactivate(string id,
        UserAdministration administration, AdminScopes scopes, IStringLocalizer<AdministrationResource> text, HttpContext context,
        CancellationToken ct) =>
        StatusAsync(id, text, async () => await administration.DeactivateAsync(await scopes.ForAsync(context.User.UserId(), ct), id,
            await ReasonBody.ReadAsync(context.Request, ct), Localization.CurrentLanguage, context.AuditActor(), ct));

    private static Task<Results<Ok<AccountStatusDto>, ProblemHttpResult>> Reactivate(string id, UserAdministration administration,
        AdminScopes scopes, IStringLocalizer<AdministrationResource> text, HttpContext context, CancellationToken ct) =>
        StatusAsync(id, text, async () =>
            await administration.ReactivateAsync(await scopes.ForAsync(context.User.UserId(), ct), id, context.AuditActor(), ct));

    private static async Task<Results<Ok<AccountStatusDto>, ProblemHttpResult>> StatusAsync(string id, IStringLocalizer text,
        Func<Task<Outcome<AccountStatus>>> change)
    {
        var outcome = await change();
        return outcome.Problem is { } problem ? problem.ToProblem(text) : TypedResults.Ok(new AccountStatusDto(id, outcome.Value));
    }

    private static async Task<Results<Created<InvitationDto>, ProblemHttpResult>> Invite(
        string site, InvitationBody body, Invitations invitations, SiteDirectory sites, AdminScopes scopes,
        IStringLocalizer<AdministrationResource> text, HttpContext context, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return DomainProblem.NotFound("Site.NotFound").ToProblem(text);
        }
        if (body.Role is not { } role)
        {
            return DomainProblem.Field("Role", "Required").ToProblem(text);
        }
        var outcome = await invitations.InviteAsync(await scopes.ForAsync(context.User.UserId(), ct), found.Id,
            new InvitationRequest(body.Email, role, body.OrganisationId), Localization.CurrentLanguage, context.AuditActor(), ct);
        return outcome.Problem is { } problem
            ? problem.ToProblem(text)
            : TypedResults.Created($"/api/sites/{site}/invitations/{outcome.Value!.Id}",
                new InvitationDto(outcome.Value.Id, outcome.Value.Email, site, outcome.Value.Role, outcome.Value.ExpiresAt));
    }

    internal static bool TryParseRole(string value, out SiteRole role) =>
        SiteRoles.TryParseShortName(value, out role)
        || (Enum.TryParse(value, ignoreCase: true, out role) && Enum.IsDefined(role) && !int.TryParse(value, out _));
}
