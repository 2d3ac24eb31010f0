using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>
/// When the only thing missing is a second factor or a recent login, say so: pages send the person to set up
/// or confirm (and back), the API answers a problem with a code a client can act on. Anything else: as before.
/// </summary>
public sealed class AccountChallenges(IStringLocalizer<IdentityResource> text) : IAuthorizationMiddlewareResultHandler
{
    /// <summary>Where staff set up their second factor.</summary>
    public const string TwoFactorSetupPage = "/Identity/TwoFactor";
    /// <summary>Where a person confirms a recent login (password, and code).</summary>
    public const string ConfirmPage = "/Identity/Confirm";

    /// <summary>Where a login without a return address lands: staff on their start page, residents (sent on) on their own (issue 25).</summary>
    public const string LandingPage = "/Workspace/Index";

    public const string AccessDeniedPage = "/Identity/AccessDenied";

    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        var failed = result.AuthorizationFailure?.FailedRequirements.ToList() ?? [];
        if (!result.Forbidden || failed.Count == 0 || context.User.Identity?.IsAuthenticated != true)
        {
            await _default.HandleAsync(next, context, policy, result);
            return;
        }
        if (failed.All(r => r is StaffTwoFactorRequirement))
        {
            await RespondAsync(context, TwoFactorSetupPage, "TwoFactorSetupRequired", StatusCodes.Status403Forbidden);
        }
        else if (failed.All(r => r is RecentLoginRequirement))
        {
            await RespondAsync(context, ConfirmPage, "ReauthenticationRequired", StatusCodes.Status401Unauthorized);
        }
        else if (!context.IsApiRequest() && !context.IsFhirRequest() && AccessRefusal.Values(context, failed) is { } refusal)
        {
            // The refusal page names the site and the role the page asks for (issue 25).
            context.Response.Redirect(context.PageLink(AccessDeniedPage, refusal));
        }
        else
        {
            await _default.HandleAsync(next, context, policy, result);
        }
    }

    private async Task RespondAsync(HttpContext context, string page, string code, int status)
    {
        var problem = new DomainProblem(ProblemKind.Forbidden, code);
        if (context.IsFhirRequest())
        {
            await Fhir.FhirError.From(problem, status).ToResult(text).ExecuteAsync(context);
            return;
        }
        if (context.IsApiRequest())
        {
            await problem.ToProblem(text, status).ExecuteAsync(context);
            return;
        }
        var back = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
        context.Response.Redirect(context.PageLink(page, new { returnUrl = back.ToString() }));
    }
}
