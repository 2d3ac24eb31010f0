using Lebenswelten.Core.Identity;
using Lebenswelten.Web.Features.Identity.SingleSignOn;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Lebenswelten.Web.Tests.Identity;

/// <summary>A broken provider entry stops the start with a message naming it, instead of failing at someone's login.</summary>
public sealed class SingleSignOnConfigurationTests
{
    [Fact]
    public void A_complete_entry_becomes_one_provider_with_its_roles()
    {
        var providers = SingleSignOnProviders.From(Configuration(Valid()), new Environment("Production"));

        var provider = Assert.Single(providers.All);
        Assert.Equal(("sso-jena", "/signin-oidc/jena", "https://login.example.de/realms/stadt"),
            (provider.Scheme, provider.CallbackPath, provider.Issuer));
        Assert.Equal([new SingleSignOnRoleRule("groups", "koordination", SiteRole.Coordinator, null)], provider.Roles);
        Assert.Equal(["https://login.example.de"], providers.Origins);
    }

    [Theory]
    [InlineData("RoleMappings:0:Role", "Administrator", "Role Administrator cannot be given by single sign-on")]
    [InlineData("RoleMappings:0:Role", "Kaiser", "Role 'Kaiser' is no role")]
    [InlineData("RequireHttpsMetadata", "false", "RequireHttpsMetadata may be false only in Development or Testing")]
    [InlineData("Authority", "http://login.example.de/", "Authority must use https")]
    [InlineData("ClientSecret", "", "ClientSecret is required")]
    [InlineData("ResponseMode", "fragment", "ResponseMode must be query or form_post")]
    public void A_broken_entry_stops_the_start(string key, string value, string message)
    {
        var settings = Valid();
        settings[$"Sso:Providers:jena:{key}"] = value;

        var error = Assert.Throws<InvalidOperationException>(() =>
            SingleSignOnProviders.From(Configuration(settings), new Environment("Production")));

        Assert.Contains($"Providers:jena", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_become_paths_so_only_plain_ones_are_taken()
    {
        var settings = Valid().ToDictionary(e => e.Key.Replace(":jena:", ":Jena/../x:", StringComparison.Ordinal), e => e.Value);

        var error = Assert.Throws<InvalidOperationException>(() =>
            SingleSignOnProviders.From(Configuration(settings), new Environment("Production")));

        Assert.Contains("lower-case letters, digits or hyphens", error.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Valid() => new()
    {
        ["Sso:Providers:jena:Site"] = "jena",
        ["Sso:Providers:jena:DisplayName"] = "Stadt Jena (Dienstkonto)",
        ["Sso:Providers:jena:Authority"] = "https://login.example.de/realms/stadt",
        ["Sso:Providers:jena:ClientId"] = "lebenswelten",
        ["Sso:Providers:jena:ClientSecret"] = "geheim",
        ["Sso:Providers:jena:RoleMappings:0:Claim"] = "groups",
        ["Sso:Providers:jena:RoleMappings:0:Value"] = "koordination",
        ["Sso:Providers:jena:RoleMappings:0:Role"] = "Coordinator",
    };

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Lebenswelten.Web";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
