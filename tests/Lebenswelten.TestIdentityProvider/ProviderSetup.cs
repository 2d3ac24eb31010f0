using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Lebenswelten.TestIdentityProvider;

/// <summary>
/// OpenIddict's server in degraded mode (no database): the one client is checked by the handlers below,
/// codes and tokens are self-contained and protected by the ephemeral keys.
/// </summary>
internal static class ProviderSetup
{
    public const string AuthorizationPath = "connect/authorize";
    public const string TokenPath = "connect/token";
    public const string UserInfoPath = "connect/userinfo";
    public const string EndSessionPath = "connect/endsession";

    public static IServiceCollection AddTestIdentityProvider(this IServiceCollection services, TestClient client)
    {
        services.AddAuthentication();
        services.AddOpenIddict().AddServer(options =>
        {
            options.SetAuthorizationEndpointUris(AuthorizationPath)
                .SetTokenEndpointUris(TokenPath)
                .SetUserInfoEndpointUris(UserInfoPath)
                .SetEndSessionEndpointUris(EndSessionPath);
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            options.RegisterScopes(Scopes.Email, Scopes.Profile, "groups");
            options.RegisterClaims(Claims.Email, Claims.EmailVerified, Claims.Name, "groups", Claims.AuthenticationMethodReference);
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            options.EnableDegradedMode();
            options.UseAspNetCore()
                .EnableAuthorizationEndpointPassthrough()
                .EnableTokenEndpointPassthrough()
                .EnableUserInfoEndpointPassthrough()
                .EnableEndSessionEndpointPassthrough()
                .DisableTransportSecurityRequirement();

            options.AddEventHandler<OpenIddictServerEvents.ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != client.ClientId)
                {
                    context.Reject(Errors.InvalidClient, "Unknown client.");
                }
                else if (!client.MayRedirectTo(context.RedirectUri))
                {
                    context.Reject(Errors.InvalidRequest, "This redirect_uri is not registered.");
                }
                return default;
            }));
            options.AddEventHandler<OpenIddictServerEvents.ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != client.ClientId || context.Request.ClientSecret != client.ClientSecret)
                {
                    context.Reject(Errors.InvalidClient, "Unknown client or wrong secret.");
                }
                return default;
            }));
            options.AddEventHandler<OpenIddictServerEvents.ValidateEndSessionRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.PostLogoutRedirectUri is { } back && !client.MayRedirectTo(back))
                {
                    context.Reject(Errors.InvalidRequest, "This post_logout_redirect_uri is not registered.");
                }
                return default;
            }));
        });
        return services;
    }
}
