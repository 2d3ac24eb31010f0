using System.Globalization;
using System.Security.Claims;
using Lebenswelten.Core.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;

namespace Lebenswelten.Web.Features.Identity.SingleSignOn;

/// <summary>
/// Confirming a sensitive action through the provider instead of a password (ASVS 5.0 V7.5.3), for accounts that came
/// by single sign-on: the provider is asked for a new login (<c>prompt=login</c>, <c>max_age=0</c>), and its answer
/// counts only when its <c>auth_time</c> shows that login happened after the request — a provider that silently reuses
/// its session gives no confirmation.
/// </summary>
public static class SingleSignOnReauthentication
{
    /// <summary>The account the confirmation is for; on the way back it must still be the one logged in here.</summary>
    public const string ForItem = "lw:reauth_for";

    private const string RequestedAtItem = "lw:reauth_at";

    /// <summary>Clocks of the provider and the app may differ this much.</summary>
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(1);

    /// <summary>The provider schemes the account is linked to, among those configured.</summary>
    public static async Task<IReadOnlyList<SingleSignOnProvider>> ProvidersOfAsync(UserManager<AppUser> users, AppUser user,
        SingleSignOnProviders providers) =>
        [.. (await users.GetLoginsAsync(user)).Select(l => providers.ByScheme(l.LoginProvider)).OfType<SingleSignOnProvider>()];

    /// <param name="returnTo">The return page's address (<see cref="SingleSignOnStartModel.ReturnPage"/>) with where to go next.</param>
    public static AuthenticationProperties Challenge(SignInManager<AppUser> signIn, SingleSignOnProvider provider, AppUser user,
        string? returnTo, DateTimeOffset now)
    {
        var external = signIn.ConfigureExternalAuthenticationProperties(provider.Scheme, returnTo);
        var properties = new OpenIdConnectChallengeProperties(external.Items) { Prompt = "login", MaxAge = TimeSpan.Zero };
        properties.Items[ForItem] = user.Id;
        properties.Items[RequestedAtItem] = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return properties;
    }

    /// <summary>Whether the provider's answer reports a login made after the confirmation was asked for.</summary>
    public static bool IsFresh(ClaimsPrincipal answer, AuthenticationProperties properties) =>
        properties.Items.TryGetValue(RequestedAtItem, out var asked) && long.TryParse(asked, CultureInfo.InvariantCulture, out var askedAt)
        && long.TryParse(answer.FindFirstValue("auth_time"), CultureInfo.InvariantCulture, out var loggedInAt)
        && DateTimeOffset.FromUnixTimeSeconds(loggedInAt) >= DateTimeOffset.FromUnixTimeSeconds(askedAt) - Skew;
}
