using System.Reflection;
using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Web.Features.Shared;

/// <summary>
/// Who calls an anonymous registration or appointment endpoint: the bearer token's account when one is sent,
/// otherwise a guest, who proves a registration (or a telemedicine appointment) is theirs with the personal link's token.
/// </summary>
public sealed record PersonalLinkCaller(string? UserId, string? HeaderToken)
{
    public const string TokenHeader = "X-Registration-Token";
    public const string AppointmentTokenHeader = "X-Appointment-Token";

    /// <summary>Bound by minimal APIs for every handler that names it.</summary>
    public static ValueTask<PersonalLinkCaller?> BindAsync(HttpContext context, ParameterInfo _)
    {
        // The account is the one the pipeline authenticated and checked (Identity.BearerAccountCheck: stamp, session
        // lifetime); a token that did not hold was answered 401 there. Never read the token again here, past that check.
        return ValueTask.FromResult<PersonalLinkCaller?>(
            new PersonalLinkCaller(context.User.UserId(), PersonalLinkHeader.Read(context, TokenHeader, AppointmentTokenHeader)));
    }

    /// <summary>The header keeps the token out of addresses (and so out of logs and proxies); the query is for links.</summary>
    public RegistrationActor Actor(string? queryToken) => new(UserId, HeaderToken ?? queryToken);

    public Core.Telemedicine.AppointmentActor AppointmentActor(string? queryToken) => new(UserId, HeaderToken ?? queryToken);
}
