using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Lebenswelten.Web.Features.Identity.SingleSignOn;

/// <summary>
/// One OpenID Connect scheme per configured provider (ASVS 5.0 V10): authorization code flow with PKCE, state and
/// nonce (the handler's), the ID token's signature, audience, lifetime and issuer checked; the result lands in
/// Identity's short external cookie, which <see cref="SingleSignOnReturnModel"/> turns into a login.
/// </summary>
public static class SingleSignOnModule
{
    public static IServiceCollection AddSingleSignOn(this IServiceCollection services, IConfiguration configuration,
        IHostEnvironment environment)
    {
        var providers = SingleSignOnProviders.From(configuration, environment);
        services.AddSingleton(providers);
        services.AddScoped<SingleSignOnLoginChoices>();
        var authentication = services.AddAuthentication();
        foreach (var provider in providers.All)
        {
            authentication.AddOpenIdConnect(provider.Scheme, provider.DisplayName, options => Configure(options, provider));
        }
        return services;
    }

    private static void Configure(OpenIdConnectOptions options, SingleSignOnProvider provider)
    {
        var settings = provider.Options;
        options.SignInScheme = IdentityConstants.ExternalScheme;
        options.Authority = provider.Authority.ToString();
        options.ClientId = settings.ClientId;
        options.ClientSecret = settings.ClientSecret;
        options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.UsePkce = true;
        options.ResponseMode = provider.UsesFormPost ? OpenIdConnectResponseMode.FormPost : OpenIdConnectResponseMode.Query;
        options.CallbackPath = provider.CallbackPath;
        options.SignedOutCallbackPath = provider.SignedOutCallbackPath;
        options.RemoteSignOutPath = provider.RemoteSignOutPath;
        options.Scope.Clear();
        foreach (var scope in settings.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append("openid").Distinct())
        {
            options.Scope.Add(scope);
        }
        // Claims keep the provider's names (sub, email, groups, amr), as the role mappings name them.
        options.MapInboundClaims = false;
        options.GetClaimsFromUserInfoEndpoint = true;
        // No token is kept: the app needs who logged in, not access to the provider's APIs.
        options.SaveTokens = false;
        options.ClaimActions.Remove("amr");
        options.ClaimActions.Remove("acr");
        var claims = provider.Roles.Select(r => r.Claim).Append(settings.EmailVerifiedClaim).Append(settings.EmailClaim).Distinct();
        foreach (var claim in claims)
        {
            options.ClaimActions.MapJsonKey(claim, claim);
        }
        options.TokenValidationParameters.NameClaimType = settings.NameClaim;
        options.TokenValidationParameters.IssuerValidator = (issuer, _, _) => SameIssuer(issuer, provider.Issuer)
            ? issuer
            : throw new SecurityTokenInvalidIssuerException($"The ID token's issuer is not {provider.Name}'s.");
        // With query the answer comes back by a top-level GET, so the correlation and nonce cookies can stay SameSite=Lax;
        // form_post is a cross-site POST, which needs SameSite=None and therefore HTTPS.
        if (!provider.UsesFormPost)
        {
            foreach (var cookie in new[] { options.CorrelationCookie, options.NonceCookie })
            {
                cookie.SameSite = SameSiteMode.Lax;
                cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            }
        }
        options.Events.OnRemoteFailure = context => SingleSignOnFailure.RespondAsync(context, provider, context.Failure);
        options.Events.OnAccessDenied = context => SingleSignOnFailure.RespondAsync(context, provider, null);
        // The handler would build both return addresses from the request's Host header: they come from the public address.
        options.Events.OnRedirectToIdentityProvider = context =>
        {
            context.ProtocolMessage.RedirectUri = PublicLink(context.HttpContext, provider.CallbackPath);
            return Task.CompletedTask;
        };
        options.Events.OnRedirectToIdentityProviderForSignOut = context =>
        {
            // No ID token is kept for id_token_hint; the client id tells the provider whose logout this is.
            context.ProtocolMessage.ClientId = settings.ClientId;
            context.ProtocolMessage.PostLogoutRedirectUri = PublicLink(context.HttpContext, provider.SignedOutCallbackPath);
            return Task.CompletedTask;
        };
    }

    private static string PublicLink(HttpContext context, string path) =>
        context.RequestServices.GetRequiredService<PublicAddress>().Link(path);

    private static bool SameIssuer(string issuer, string expected) =>
        string.Equals(issuer.TrimEnd('/'), expected.TrimEnd('/'), StringComparison.Ordinal);
}
