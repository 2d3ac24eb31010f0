using Lebenswelten.Core.Identity;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
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
                // Login and refresh are for people not yet logged in; /manage keeps Identity's own RequireAuthorization.
                // Login shares the login budget (only POSTs count) against password guessing; a refresh needs a valid token.
                var pattern = (endpoint as RouteEndpointBuilder)?.RoutePattern.RawText ?? "";
                var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
                if (Closed.Any(closed => pattern.EndsWith(closed.Route, StringComparison.Ordinal)
                    && (closed.Method is null || methods.Contains(closed.Method))))
                {
                    Close(endpoint);
                    return;
                }
                ApiLoginRules.Apply(endpoint, pattern);
                if (Summaries.FirstOrDefault(s => pattern.EndsWith(s.Route, StringComparison.Ordinal)) is { Summary: { } summary } named)
                {
                    endpoint.Metadata.Add(new EndpointSummaryAttribute(summary));
                    endpoint.Metadata.Add(new EndpointNameMetadata(named.Name));
                }
                if (!pattern.Contains("/manage", StringComparison.Ordinal))
                {
                    endpoint.Metadata.Add(new AllowAnonymousAttribute());
                    if (!pattern.EndsWith("/refresh", StringComparison.Ordinal))
                    {
                        endpoint.Metadata.Add(new EnableRateLimitingAttribute(RateLimits.Login));
                    }
                }
            });

        app.MapGet("/api/me", GetMe).WithTags("Account").WithName("GetMe")
            .WithSummary("The caller: e-mail, display name, whether an administrator, and the roles at each site.").RequireAuthorization();
        app.MapMyAccessApi();
    }

    /// <summary>
    /// Identity's open sign-up would let anyone create an account without consent or a site, and its e-mail
    /// endpoints send nothing (no IEmailSender): residents sign up at /konto/registrieren, staff come by invitation.
    /// Its POST /manage/info changed the password or the address with a token alone: no lockout for wrong old passwords,
    /// no audit line, no recent login (issue 15; ASVS 5.0 V6.2.3, V6.4). The password changes through the reset by mail
    /// (/konto/passwort-vergessen), which has all three; reading /manage/info stays.
    /// </summary>
    /// <summary>What Identity's own endpoints that stay open do, for the OpenAPI document.</summary>
    private static readonly (string Route, string Name, string Summary)[] Summaries =
    [
        ("/login", "Login", "Log in with e-mail, password and (staff) twoFactorCode: a bearer accessToken (30 minutes) and a refreshToken."),
        ("/refresh", "RefreshToken", "A new access token for a refresh token, up to the absolute lifetime after the login."),
        ("/manage/2fa", "ManageTwoFactor", "The caller's second factor: its state, enabling or resetting the authenticator and recovery codes."),
        ("/manage/info", "GetAccountInfo", "The caller's e-mail address and whether it is confirmed."),
    ];

    private static readonly (string? Method, string Route)[] Closed =
    [
        (null, "/register"), (null, "/confirmEmail"), (null, "/resendConfirmationEmail"), (null, "/forgotPassword"),
        (null, "/resetPassword"), (HttpMethods.Post, "/manage/info"),
    ];

    /// <summary>
    /// A closed endpoint needs a login (the fallback policy) and then answers 404; it is left out of the API description.
    /// </summary>
    private static void Close(EndpointBuilder endpoint)
    {
        endpoint.Metadata.Add(new ExcludeFromDescriptionAttribute());
        endpoint.FilterFactories.Add((_, _) => invocation => ValueTask.FromResult<object?>(DomainProblem.NotFound("Endpoint.NotFound")
            .ToProblem(invocation.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<IdentityResource>>())));
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
