using Lebenswelten.Core.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Lebenswelten.Web.Features.Identity;

public sealed record SiteRoleRequirement(IReadOnlySet<SiteRole> Roles, bool AdministratorAllowed) : IAuthorizationRequirement;

public sealed class SiteRoleHandler : AuthorizationHandler<SiteRoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SiteRoleRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return Task.CompletedTask;
        }
        if (requirement.AdministratorAllowed && context.User.IsAdministrator())
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }
        if (context.Resource is HttpContext http && http.GetRouteValue("site") is string site
            && context.User.RolesAt(site).Any(requirement.Roles.Contains))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
