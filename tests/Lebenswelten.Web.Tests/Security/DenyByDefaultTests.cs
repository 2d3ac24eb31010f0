using System.Net;
using Lebenswelten.Core.Data;
using Lebenswelten.Web.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Security;

/// <summary>
/// Every address needs a login unless it is on this list on purpose. A new public endpoint fails here until it
/// is added below; a new protected one is refused to anonymous callers automatically and checked here.
/// </summary>
public sealed class DenyByDefaultTests(AppHosts hosts)
{
    private static readonly string[] PublicOnPurpose =
    [
        "GET /", "GET /api/sites", "GET /api/sites/{site}", "GET /api/sites/{site}/organisations",
        "GET /fehler/{code:int}", "GET /health/live", "GET /health/ready",
        "GET /konto/abmelden", "GET /konto/anmelden", "GET /konto/zugriff-verweigert", "GET /openapi",
        "GET /openapi/{documentName}.json", "GET /standort-wechseln", "GET /standorte", "GET /standorte/{site}",
        // Identity's own account endpoints for people not yet logged in:
        "POST /api/account/register", "POST /api/account/login", "POST /api/account/refresh",
        "GET /api/account/confirmEmail", "POST /api/account/resendConfirmationEmail",
        "POST /api/account/forgotPassword", "POST /api/account/resetPassword",
    ];

    [Fact]
    public async Task Only_the_listed_addresses_are_public()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);

        var actual = EndpointCatalogue.Of(host.Services).Where(e => e.IsAnonymous).Select(e => e.ToString()).ToHashSet();

        Assert.Equal(string.Join("\n", PublicOnPurpose.Order(StringComparer.Ordinal)), string.Join("\n", actual.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task Every_other_address_refuses_anonymous_callers()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        using var client = host.Client();

        foreach (var endpoint in EndpointCatalogue.Of(host.Services).Where(e => !e.IsAnonymous))
        {
            using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Url("jena"));
            if (endpoint.Method != "GET")
            {
                request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            }
            var response = await client.SendAsync(request);

            if (endpoint.IsApi)
            {
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{endpoint}: {response.StatusCode}");
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect
                    && response.Headers.Location!.OriginalString.Contains("/konto/anmelden", StringComparison.Ordinal),
                    $"{endpoint}: {response.StatusCode} {response.Headers.Location}");
            }
        }
    }
}
