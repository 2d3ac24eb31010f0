using Lebenswelten.Web.Hosting;

namespace Lebenswelten.Web.Tests.Hosting;

public sealed class SecurityHeadersTests(AppHosts hosts)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/angebote")]
    [InlineData("/api/sites")]
    [InlineData("/gibt-es-nicht")]
    [InlineData("/api/gibt-es-nicht")]
    [InlineData("/css/site.css")]
    public async Task Every_answer_carries_the_browser_protections(string path)
    {
        using var client = (await hosts.Get(DatabaseProvider.Sqlite)).Client();
        var identityProvider = (await hosts.IdentityProvider()).Issuer.GetLeftPart(UriPartial.Authority);

        var response = await client.GetAsync(path);

        // Forms may lead to the single sign-on provider (login and logout redirect there), nowhere else.
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy.Replace("form-action 'self'", $"form-action 'self' {identityProvider}", StringComparison.Ordinal),
            Header(response, "Content-Security-Policy"));
        Assert.DoesNotContain("unsafe-inline", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
            : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content) : "";
}
