using Lebenswelten.Core.Data;
using Lebenswelten.Core.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Identity;

namespace Lebenswelten.Web.Features.Identity;

public static class IdentitySetup
{
    /// <summary>Chooses the bearer token for the JSON API and the cookie for pages.</summary>
    public const string ApiOrCookieScheme = "ApiOrCookie";

    public static IServiceCollection AddLebensweltenIdentity(this IServiceCollection services)
    {
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = ApiOrCookieScheme;
                options.DefaultChallengeScheme = ApiOrCookieScheme;
            })
            .AddPolicyScheme(ApiOrCookieScheme, null, options =>
                // The API takes bearer tokens only: no cookie, so no cross-site request forgery through it.
                options.ForwardDefaultSelector = context => context.IsApiRequest()
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/konto/anmelden";
            options.LogoutPath = "/konto/abmelden";
            options.AccessDeniedPath = "/konto/zugriff-verweigert";
            options.Cookie.Name = "lw.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddSessionLimits();

        services.AddAccountRules()
            .AddEntityFrameworkStores<LebensweltenDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<SiteRoleClaimsFactory>()
            .AddApiEndpoints()
            // After AddApiEndpoints, which registers Identity's plain SignInManager again.
            .AddSignInManager<AppSignInManager>();

        services.AddSingleton<IAuthorizationHandler, SiteRoleHandler>();
        services.AddSingleton<IAuthorizationHandler, RecentLoginHandler>();
        services.AddSingleton<IAuthorizationPolicyProvider, StaffTwoFactorPolicies>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AccountChallenges>();
        services.AddScoped<AccountAudit>();
        services.AddAuthorization(Policies.Add);
        return services;
    }
}
