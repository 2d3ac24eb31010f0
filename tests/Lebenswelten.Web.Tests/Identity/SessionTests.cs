using System.Net;
using Lebenswelten.Core.Data;
using Lebenswelten.Core.Identity;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Tests.Infrastructure;
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
        var (email, userId) = await TestAccounts.CreateAsync(host, SiteRole.Resident);
        using var phone = await host.PageClientAsync(email);
        using var laptop = await host.PageClientAsync(email);
        using var app = await host.ApiClientAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/konto")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync("/api/me")).StatusCode);

        var account = await phone.GetStringAsync("/konto");
        var logout = await phone.PostAsync("/konto/ueberall-abmelden", TestAccounts.Form(account));

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

    [Fact]
    public async Task Sessions_end_after_30_idle_minutes_and_tokens_cannot_be_refreshed_past_the_absolute_lifetime()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        var cookie = host.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var bearer = host.Services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme);
        var limits = host.Services.GetRequiredService<IOptions<SessionLimits>>().Value;

        Assert.True(cookie.SlidingExpiration);
        Assert.Equal(TimeSpan.FromMinutes(30), cookie.ExpireTimeSpan);
        Assert.Equal(TimeSpan.FromMinutes(30), bearer.BearerTokenExpiration);
        Assert.Equal(TimeSpan.FromHours(12), bearer.RefreshTokenExpiration);
        Assert.Equal(10, limits.RecentLoginMinutes);
    }
}
