using Lebenswelten.TestIdentityProvider;

namespace Lebenswelten.Web.Tests.Infrastructure;

/// <summary>
/// The single sign-on set-up of the shared test hosts: one real OpenID Connect provider (tests/Lebenswelten.TestIdentityProvider)
/// configured three times — for Jena, for Weimar, and once for Jena with an issuer the provider does not use.
/// </summary>
public static class TestSingleSignOn
{
    public const string Jena = "jena";
    public const string Weimar = "weimar";
    public const string WrongIssuer = "fremd";
    public const string JenaCoordinators = "jena-koordination";
    public const string JenaProviders = "jena-anbieter";
    public const string WeimarCoordinators = "weimar-koordination";
    /// <summary>The demo organisation Jena's provider group acts for.</summary>
    public const string JenaOrganisation = "Sportverein Lobeda (Beispiel)";
    public const string JenaDisplayName = "Stadt Jena (Dienstkonto)";

    private const string ClientId = "lebenswelten-tests";
    public const string ClientSecret = "Test-Client-Geheimnis-2026";

    public static Task<TestIdentityProvider.TestIdentityProvider> StartProviderAsync() =>
        TestIdentityProvider.TestIdentityProvider.StartAsync(ClientId, ClientSecret);

    public static Dictionary<string, string?> Settings(Uri issuer)
    {
        var settings = new Dictionary<string, string?>();
        Provider(settings, Jena, "jena", JenaDisplayName, issuer);
        Map(settings, Jena, 0, JenaCoordinators, "Coordinator");
        Map(settings, Jena, 1, JenaProviders, "provider", JenaOrganisation);
        settings[$"Sso:Providers:{Jena}:SignOutAtProvider"] = "true";
        Provider(settings, Weimar, "weimar", "Stadt Weimar (Dienstkonto)", issuer);
        Map(settings, Weimar, 0, WeimarCoordinators, "Coordinator");
        Provider(settings, WrongIssuer, "jena", "Fremder Aussteller (Test)", issuer);
        settings[$"Sso:Providers:{WrongIssuer}:Issuer"] = "http://issuer.invalid/";
        Map(settings, WrongIssuer, 0, JenaCoordinators, "Coordinator");
        return settings;
    }

    /// <summary>The provider may answer only to the addresses of this very host.</summary>
    public static void Allow(TestIdentityProvider.TestIdentityProvider provider, Uri app)
    {
        foreach (var name in new[] { Jena, Weimar, WrongIssuer })
        {
            provider.Client.AllowRedirect(new Uri(app, $"/signin-oidc/{name}"));
            provider.Client.AllowRedirect(new Uri(app, $"/signout-callback-oidc/{name}"));
        }
    }

    private static void Provider(Dictionary<string, string?> settings, string name, string site, string displayName, Uri issuer)
    {
        var at = $"Sso:Providers:{name}:";
        settings[at + "Site"] = site;
        settings[at + "DisplayName"] = displayName;
        settings[at + "Authority"] = issuer.ToString();
        settings[at + "ClientId"] = ClientId;
        settings[at + "ClientSecret"] = ClientSecret;
        settings[at + "Scopes"] = "openid profile email groups";
        // Plain HTTP on loopback: the tests only (the app refuses this outside Development and Testing).
        settings[at + "RequireHttpsMetadata"] = "false";
        settings[at + "MfaSatisfiedBy:0:Claim"] = "amr";
        settings[at + "MfaSatisfiedBy:0:Value"] = "mfa";
    }

    private static void Map(Dictionary<string, string?> settings, string name, int index, string group, string role,
        string? organisation = null)
    {
        var at = $"Sso:Providers:{name}:RoleMappings:{index}:";
        settings[at + "Claim"] = "groups";
        settings[at + "Value"] = group;
        settings[at + "Role"] = role;
        settings[at + "Organisation"] = organisation;
    }
}
