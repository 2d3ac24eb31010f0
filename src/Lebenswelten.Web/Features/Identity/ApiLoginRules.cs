using System.Security.Claims;
using Lebenswelten.Core.Identity;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.Data;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>
/// The rules of the login page for Identity's API endpoints: staff without a second factor get no token (they
/// set it up in the browser first), a missing code is named as such, and staff cannot switch 2FA off,
/// and changing it needs a recent login; a refresh keeps the session's start and is refused once the session is over.
/// </summary>
public static class ApiLoginRules
{
    /// <summary>Adds the rules to Identity's /login, /refresh and /manage/2fa endpoints (by their route).</summary>
    public static void Apply(EndpointBuilder endpoint, string pattern)
    {
        if (pattern.EndsWith("/login", StringComparison.Ordinal))
        {
            endpoint.Metadata.Add(IssuesTokens.Instance);
            endpoint.FilterFactories.Add((_, next) => context => LoginAsync(context, next));
        }
        else if (pattern.EndsWith("/refresh", StringComparison.Ordinal))
        {
            endpoint.Metadata.Add(IssuesTokens.Instance);
            endpoint.FilterFactories.Add((_, next) => context => RefreshWithinSessionAsync(context, next));
        }
        else if (pattern.EndsWith("/manage/2fa", StringComparison.Ordinal))
        {
            // Changing the second factor (or showing new recovery codes) needs a fresh login, as on the page.
            endpoint.Metadata.Add(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute(Policies.RecentLogin));
            endpoint.FilterFactories.Add((_, next) => context => StaffKeepsTwoFactorAsync(context, next));
        }
    }

    private static async ValueTask<object?> LoginAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<IdentityResource>>();
        if (context.Arguments.OfType<LoginRequest>().FirstOrDefault() is { } request)
        {
            var signIn = http.RequestServices.GetRequiredService<SignInManager<AppUser>>();
            if (await signIn.UserManager.FindByNameAsync(request.Email) is { TwoFactorEnabled: false } user
                && (await signIn.CreateUserPrincipalAsync(user)).IsStaff())
            {
                var check = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
                if (!check.Succeeded)
                {
                    var audit = http.RequestServices.GetRequiredService<AccountAudit>();
                    await audit.RecordAsync(user.Id, check.IsLockedOut ? AccountAudit.LoginLockedOut : AccountAudit.LoginFailed,
                        byOwner: false);
                    return TypedResults.Problem(check.ToString(), statusCode: StatusCodes.Status401Unauthorized);
                }
                return DomainProblem.Forbidden("TwoFactorSetupRequired").ToProblem(text);
            }
        }
        var result = await next(context);
        // Identity answers with a Results<...> union; the problem is inside.
        var answer = result is INestedHttpResult nested ? nested.Result : result;
        return answer is ProblemHttpResult { ProblemDetails.Detail: "RequiresTwoFactor" }
            ? DomainProblem.Forbidden("TwoFactorCodeRequired").ToProblem(text, StatusCodes.Status401Unauthorized)
            : result;
    }

    /// <summary>
    /// Identity gives every refresh a new refresh token with a new lifetime, built from the account alone. The session's
    /// start is carried into it here, and a refresh after the absolute end is refused as Identity refuses a stale token.
    /// </summary>
    private static async ValueTask<object?> RefreshWithinSessionAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var services = context.HttpContext.RequestServices;
        var presented = context.Arguments.OfType<RefreshRequest>().FirstOrDefault()?.RefreshToken is { Length: > 0 } token
            ? services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme)
                .RefreshTokenProtector.Unprotect(token)?.Principal
            : null;
        if (presented?.SessionStartedAt() is not { } start
            || !services.GetRequiredService<IOptions<SessionLimits>>().Value
                .IsWithinLifetime(presented, services.GetRequiredService<TimeProvider>()))
        {
            return TypedResults.Challenge();
        }
        var result = await next(context);
        if ((result is INestedHttpResult nested ? nested.Result : result)
            is SignInHttpResult { Principal.Identity: ClaimsIdentity renewed })
        {
            renewed.AddClaim(AccountClaims.SessionStartClaim(start));
        }
        return result;
    }

    private static async ValueTask<object?> StaffKeepsTwoFactorAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var switchesOff = context.Arguments.OfType<TwoFactorRequest>().Any(r => r.Enable == false || r.ResetSharedKey);
        if (switchesOff && context.HttpContext.User.IsStaff())
        {
            var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<IdentityResource>>();
            return DomainProblem.Forbidden("TwoFactorRequiredForStaff").ToProblem(text);
        }
        return await next(context);
    }
}
