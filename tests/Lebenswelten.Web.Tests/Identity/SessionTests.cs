using System.Net;
using Lebenswelten.Core.Identity;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Web.Tests.Identity;

public sealed class SessionTests(AppHosts hosts)
{
    [Theory]
    [BothProviders]
    public async Task Logout_everywhere_ends_the_other_browser_sessions_and_the_bearer_tokens(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var (userId, email, _) = await TestAccounts.CreateAsync(host, SiteRole.Resident);
        using var phone = await host.PageClientAsync(email);
        using var laptop = await host.PageClientAsync(email);
        using var app = await host.ApiClientAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/konto")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync("/api/me")).StatusCode);

        var account = await phone.GetStringAsync("/konto");
        var logout = await phone.PostAsync("/konto/ueberall-abmelden", Forms.Of(account));

        Assert.Equal("/konto/anmelden", logout.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/konto")).StatusCode);
        var stale = await laptop.GetAsync("/konto");
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.Contains("/konto/anmelden", stale.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.GetAsync("/api/me")).StatusCode);
        Assert.Contains("Account.LoggedOutEverywhere", await TestAccounts.AuditKindsAsync(host, userId));
        using var again = await host.PageClientAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/konto")).StatusCode);
    }
}
