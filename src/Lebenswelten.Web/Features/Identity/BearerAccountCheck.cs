using System.Security.Claims;
using Lebenswelten.Core.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>
/// The one check of bearer tokens, for every API endpoint. A token is self-contained, so Identity never asks the database
/// about it. Here every API request with a token is checked against the account's security stamp: after "logout
/// everywhere", a 2FA change or a deactivation, tokens issued before stop working at once instead of living on for their
/// hour. A token whose session is older than the absolute lifetime is refused too, even if the token itself is young.
/// A request that sends a token which does not hold (invalid, expired, revoked, session over) is answered 401 (RFC 6750
/// §3.1, invalid_token) — also where guests may call, which would otherwise serve a revoked account as a guest or, if the
/// endpoint read the token again by itself, as the account (issue 15). Only the endpoints that hand out new tokens for
/// credentials in their body (<see cref="IssuesTokens"/>) let a stale token pass unread.
/// </summary>
public static class BearerAccountCheck
{
    public static IApplicationBuilder UseBearerAccountCheck(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!context.IsApiRequest())
            {
                await next(context);
                return;
            }
            if (context.User.Identity?.IsAuthenticated == true && !await HoldsAsync(context))
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
            if (context.Request.Headers.Authorization.Count > 0 && context.User.Identity?.IsAuthenticated != true
                && context.GetEndpoint()?.Metadata.GetMetadata<IssuesTokens>() is null)
            {
                await context.ChallengeAsync();
                return;
            }
            await next(context);
        });

    private static async Task<bool> HoldsAsync(HttpContext context)
    {
        var signIn = context.RequestServices.GetRequiredService<SignInManager<AppUser>>();
        var limits = context.RequestServices.GetRequiredService<IOptions<SessionLimits>>().Value;
        return limits.IsWithinLifetime(context.User, context.RequestServices.GetRequiredService<TimeProvider>())
            && await signIn.ValidateSecurityStampAsync(context.User) is not null;
    }
}

/// <summary>
/// Endpoint metadata: hands out tokens for credentials in the body (login, refresh); a stale token sent along is ignored there.
/// </summary>
public sealed class IssuesTokens
{
    public static readonly IssuesTokens Instance = new();
}
