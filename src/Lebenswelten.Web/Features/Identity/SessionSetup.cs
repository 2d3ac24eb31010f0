using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>
/// Session lifetimes from <see cref="SessionLimits"/> for the cookie and the bearer tokens, and the account check
/// (security stamp) that ends every session of an account after "logout everywhere" or a 2FA change.
/// </summary>
public static class SessionSetup
{
    public static IServiceCollection AddSessionLimits(this IServiceCollection services)
    {
        services.AddOptions<SessionLimits>().BindConfiguration(SessionLimits.Section);
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SessionLimits>, TimeProvider>((cookie, limits, clock) =>
            {
                cookie.SlidingExpiration = true;
                cookie.ExpireTimeSpan = TimeSpan.FromMinutes(limits.Value.IdleTimeoutMinutes);
                var checkAccount = cookie.Events.OnValidatePrincipal;
                cookie.Events.OnValidatePrincipal = async context =>
                {
                    if (!limits.Value.IsWithinLifetime(context.Principal, clock))
                    {
                        context.RejectPrincipal();
                        return;
                    }
                    await checkAccount(context);
                };
            });
        services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme)
            .Configure<IOptions<SessionLimits>>((bearer, limits) =>
            {
                bearer.BearerTokenExpiration = TimeSpan.FromMinutes(Math.Min(60, limits.Value.IdleTimeoutMinutes));
                bearer.RefreshTokenExpiration = TimeSpan.FromHours(limits.Value.AbsoluteLifetimeHours);
            });
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<SessionLimits>>((stamp, limits) =>
        {
            stamp.ValidationInterval = TimeSpan.FromSeconds(limits.Value.SecurityStampValidationSeconds);
            // The check rebuilds the login from the account; how and when the person logged in stays.
            stamp.OnRefreshingPrincipal = context =>
            {
                var identity = context.NewPrincipal?.Identities.FirstOrDefault();
                foreach (var claim in context.CurrentPrincipal?.Claims.Where(AccountClaims.CarriesOver) ?? [])
                {
                    identity?.AddClaim(new Claim(claim.Type, claim.Value, claim.ValueType));
                }
                return Task.CompletedTask;
            };
        });
        return services;
    }
}
