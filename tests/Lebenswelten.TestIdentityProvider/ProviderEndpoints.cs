using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Lebenswelten.TestIdentityProvider;

/// <summary>The endpoints OpenIddict passes through to the host: the login form, code redemption, userinfo, logout.</summary>
internal static class ProviderEndpoints
{
    private const string Scheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    public static void MapTestIdentityProvider(this WebApplication app, TestUsers users, ProviderActivity activity)
    {
        app.UseAuthentication();
        app.MapGet("/", () => Results.Content(
            "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Test-Anmeldedienst</title></head>" +
            "<body><main><h1>Test-Anmeldedienst</h1><p>Sie sind abgemeldet.</p></main></body></html>", "text/html; charset=utf-8"));
        app.MapMethods(ProviderSetup.AuthorizationPath, ["GET", "POST"], (Func<HttpContext, IResult>)(http => Authorize(http, users)));
        app.MapPost(ProviderSetup.TokenPath, (Func<HttpContext, Task<IResult>>)RedeemAsync);
        app.MapMethods(ProviderSetup.UserInfoPath, ["GET", "POST"], (Func<HttpContext, Task<IResult>>)(http => UserInfoAsync(http, users)));
        app.MapMethods(ProviderSetup.EndSessionPath, ["GET", "POST"], () =>
        {
            activity.EndSession();
            // Back to the validated post_logout_redirect_uri if there is one, else to the provider's own page.
            return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [Scheme]);
        });
    }

    private static IResult Authorize(HttpContext http, TestUsers users)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("No OpenID Connect request.");
        var parameters = request.GetParameters().Select(p => new KeyValuePair<string, string?>(p.Key, (string?)p.Value)).ToList();
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            return LoginPage.Render(parameters, failed: false);
        }
        var form = http.Request.Form;
        if (users.Check(form[LoginPage.UserNameField], form[LoginPage.PasswordField]) is not { } user)
        {
            return LoginPage.Render(parameters, failed: true);
        }
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Subject)
            .SetClaim(Claims.Email, user.Email)
            .SetClaim(Claims.EmailVerified, user.EmailVerified)
            .SetClaim(Claims.Name, user.Name)
            .SetClaims("groups", [.. user.Groups])
            .SetClaims(Claims.AuthenticationMethodReference, [.. user.Amr]);
        identity.AddClaim(new Claim(Claims.AuthenticationTime,
            (DateTimeOffset.UtcNow - user.LoggedInAgo).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ClaimValueTypes.Integer64));
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, Scheme);
    }

    private static async Task<IResult> RedeemAsync(HttpContext http)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("No OpenID Connect request.");
        if (!request.IsAuthorizationCodeGrantType())
        {
            return Results.Forbid(authenticationSchemes: [Scheme]);
        }
        // The code was validated by OpenIddict (signature, expiry, PKCE, client); its principal becomes the tokens.
        var code = await http.AuthenticateAsync(Scheme);
        return code.Principal is { } principal ? Results.SignIn(principal, properties: null, Scheme) : Results.Forbid(authenticationSchemes: [Scheme]);
    }

    private static async Task<IResult> UserInfoAsync(HttpContext http, TestUsers users)
    {
        var token = await http.AuthenticateAsync(Scheme);
        if (users.BySubject(token.Principal?.GetClaim(Claims.Subject)) is not { } user)
        {
            return Results.Challenge(authenticationSchemes: [Scheme]);
        }
        return Results.Json(new Dictionary<string, object?>
        {
            [Claims.Subject] = user.Subject,
            [Claims.Email] = user.Email,
            [Claims.EmailVerified] = user.EmailVerified,
            [Claims.Name] = user.Name,
            ["groups"] = user.Groups,
        });
    }
}
