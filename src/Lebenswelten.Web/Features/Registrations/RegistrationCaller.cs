using System.Reflection;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Web.Features.Shared;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Lebenswelten.Web.Features.Registrations;

/// <summary>
/// Who calls an anonymous registration or appointment endpoint: the bearer token's account when one is sent,
/// otherwise a guest, who proves a registration (or a telemedicine appointment) is theirs with the personal link's token.
/// </summary>
public sealed record RegistrationCaller(string? UserId, bool BadCredentials, string? HeaderToken)
{
    public const string TokenHeader = "X-Registration-Token";
    public const string AppointmentTokenHeader = "X-Appointment-Token";

    /// <summary>Bound by minimal APIs for every handler that names it.</summary>
    public static async ValueTask<RegistrationCaller?> BindAsync(HttpContext context, ParameterInfo _)
    {
        // The endpoints allow anonymous callers, so nothing has demanded the bearer scheme yet: ask it here.
        var result = await context.AuthenticateAsync(IdentityConstants.BearerScheme);
        var header = context.Request.Headers[TokenHeader].FirstOrDefault() ?? context.Request.Headers[AppointmentTokenHeader].FirstOrDefault();
        return new RegistrationCaller(result.Succeeded ? result.Principal.UserId() : null, result.Failure is not null,
            string.IsNullOrEmpty(header) ? null : header);
    }

    /// <summary>The header keeps the token out of addresses (and so out of logs and proxies); the query is for links.</summary>
    public RegistrationActor Actor(string? queryToken) => new(UserId, HeaderToken ?? queryToken);

    public Core.Telemedicine.AppointmentActor AppointmentActor(string? queryToken) => new(UserId, HeaderToken ?? queryToken);

    /// <summary>A bearer token that was sent but is invalid or expired is refused, not quietly treated as a guest.</summary>
    public static TBuilder RefuseBadCredentials<TBuilder>(TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (invocation, next) =>
            invocation.Arguments.OfType<RegistrationCaller>().Any(c => c.BadCredentials)
                ? TypedResults.Unauthorized()
                : await next(invocation));
}
