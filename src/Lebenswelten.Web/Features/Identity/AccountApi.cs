using Lebenswelten.Core.Identity;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;

namespace Lebenswelten.Web.Features.Identity;

public sealed record MyRole(string Site, SiteRole Role);

public sealed record Me(string Email, string? DisplayName, bool IsAdministrator, IReadOnlyList<MyRole> Roles);

public static class AccountApi
{
    public static void MapAccountApi(this IEndpointRouteBuilder app)
    {
        // Identity's own endpoints: POST /api/account/login { email, password } returns a bearer token.
        app.MapGroup("/api/account")
            .WithTags("Account")
            .MapIdentityApi<AppUser>()
            .Add(endpoint =>
            {
                // Login, register, refresh and password reset are for people not yet logged in;
                // /manage keeps Identity's own RequireAuthorization. The others share the login budget
                // (only POSTs count) against password guessing and mass sign-ups; a refresh needs a valid token.
                var pattern = (endpoint as RouteEndpointBuilder)?.RoutePattern.RawText ?? "";
                ApiLoginRules.Apply(endpoint, pattern);
                if (!pattern.Contains("/manage", StringComparison.Ordinal))
                {
                    endpoint.Metadata.Add(new AllowAnonymousAttribute());
                    if (!pattern.EndsWith("/refresh", StringComparison.Ordinal))
                    {
                        endpoint.Metadata.Add(new EnableRateLimitingAttribute(RateLimits.Login));
                    }
                }
            });

        app.MapGet("/api/me", GetMe).WithTags("Account").WithName("GetMe").RequireAuthorization();
        app.MapMyAccessApi();
    }

    private static Ok<Me> GetMe(HttpContext context)
    {
        var user = context.User;
        return TypedResults.Ok(new Me(
            user.Identity?.Name ?? "",
            user.FindFirst(System.Security.Claims.ClaimTypes.GivenName)?.Value,
            user.IsAdministrator(),
            user.SiteRoles().Select(r => new MyRole(r.Site, r.Role)).ToList()));
    }
}
