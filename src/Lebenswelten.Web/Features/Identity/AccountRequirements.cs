using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>
/// Staff see other people's (health) data only with a second factor set up (ASVS 5.0 V6.3.3, BSI TR-03161 O.Auth);
/// residents pass. Part of every policy but <see cref="Policies.SignedIn"/>, so no page or endpoint can forget it.
/// </summary>
public sealed class StaffTwoFactorRequirement : IAuthorizationRequirement, IAuthorizationHandler
{
    public static readonly StaffTwoFactorRequirement Instance = new();

    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true && (!context.User.IsStaff() || context.User.HasTwoFactor()))
        {
            context.Succeed(this);
        }
        return Task.CompletedTask;
    }
}

/// <summary>The password (and code) was entered within <see cref="SessionLimits.RecentLoginMinutes"/> (ASVS 5.0 V7.5.3).</summary>
public sealed class RecentLoginRequirement : IAuthorizationRequirement;

public sealed class RecentLoginHandler(IOptions<SessionLimits> limits, TimeProvider clock) : AuthorizationHandler<RecentLoginRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RecentLoginRequirement requirement)
    {
        if (context.User.AuthenticatedAt() is { } at
            && clock.GetUtcNow() - at <= TimeSpan.FromMinutes(limits.Value.RecentLoginMinutes))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
