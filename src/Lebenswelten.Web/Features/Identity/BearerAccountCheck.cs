using System.Security.Claims;
using Lebenswelten.Core.Identity;
using Lebenswelten.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>
/// A bearer token is self-contained, so Identity never asks the database about it. Here every API request with
/// a token is checked against the account's security stamp: after "logout everywhere", a 2FA change or a
/// deactivation, tokens issued before stop working at once instead of living on for their hour. A token whose
/// session is older than the absolute lifetime is refused too, even if the token itself is young.
/// </summary>
public static class BearerAccountCheck
{
    public static IApplicationBuilder UseBearerAccountCheck(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.IsApiRequest() && context.User.Identity?.IsAuthenticated == true)
            {
                var signIn = context.RequestServices.GetRequiredService<SignInManager<AppUser>>();
                var limits = context.RequestServices.GetRequiredService<IOptions<SessionLimits>>().Value;
                if (!limits.IsWithinLifetime(context.User, context.RequestServices.GetRequiredService<TimeProvider>())
                    || await signIn.ValidateSecurityStampAsync(context.User) is null)
                {
                    context.User = new ClaimsPrincipal(new ClaimsIdentity());
                }
            }
            await next(context);
        });
}
