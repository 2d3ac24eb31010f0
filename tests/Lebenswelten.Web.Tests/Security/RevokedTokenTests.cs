using System.Net;
using System.Net.Http.Json;
using System.Text;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Features.Offerings.Registrations;
using Lebenswelten.Web.Features.Telemedicine;
using Lebenswelten.Web.Tests.Offerings;
using Lebenswelten.Web.Tests.Telemedicine;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Security;

/// <summary>
/// Issue 15, finding 3: a bearer token revoked by a deactivation or by "log out everywhere" still read a telemedicine
/// appointment and registered for an offering, because the endpoints that guests may call too authenticated the token
/// again by themselves, past the security-stamp check. Every API endpoint that lets anonymous callers in (so every one
/// that serves guests and account holders alike, found in the endpoint data sources) must refuse such a token with 401,
/// never serve it as the account nor quietly as a guest.
/// </summary>
public sealed class RevokedTokenTests(AppHosts hosts)
{
    /// <summary>Where a client hands in credentials for new tokens: a stale token sent along is no reason to refuse.</summary>
    private static readonly string[] TokenIssuers = ["POST /api/account/login", "POST /api/account/refresh"];

    public static TheoryData<DatabaseProvider, string> Revocations() => new(
        from provider in BothProvidersAttribute.All
        from revocation in new[] { "deactivated", "logged out everywhere" }
        select (provider, revocation));

    [Theory, MemberData(nameof(Revocations))]
    public async Task A_revoked_token_is_refused_by_every_endpoint_that_guests_may_call_too(DatabaseProvider provider, string revocation)
    {
        var host = await hosts.Get(provider);
        var resident = await TestAccounts.CreateAsync(host, SiteRole.Resident, "jena");
        using var client = await host.ApiClientAsync(resident.Email);
        var offering = await TestOfferings.CreateAsync(host);
        var later = await TestOfferings.CreateAsync(host);
        var room = await TestTelemedicine.CreateAsync(host);
        // What the token could do before: register, book, read both.
        var registration = await CreatedAsync<RegistrationCreatedDto>(await client.PostAsync($"/api/offerings/{offering.Id}/registrations", null));
        var appointment = await CreatedAsync<AppointmentCreatedDto>(await client.PostAsJsonAsync("/api/telemedicine/appointments",
            new { slotId = room.Slot(TestTelemedicine.Tomorrow, 10, 0), kind = "FollowUp" }));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/telemedicine/appointments/{appointment.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/registrations/{registration.Id}")).StatusCode);

        await RevokeAsync(host, resident, revocation);

        var records = new Dictionary<string, string> { ["id"] = later.Id.ToString(), ["site"] = "jena" };
        var guestCapable = EndpointCatalogue.Of(host.Services).Where(e => e.IsAnonymous && e.IsApi && !TokenIssuers.Contains(e.ToString())).ToList();
        Assert.Contains(guestCapable, e => e.ToString() == "POST /api/offerings/{id:guid}/registrations");
        Assert.Contains(guestCapable, e => e.ToString() == "GET /api/telemedicine/appointments/{id:guid}");
        var answers = new List<string>();
        foreach (var endpoint in guestCapable)
        {
            // The records of this very account where the route names one, so a token that still worked would show them.
            var values = new Dictionary<string, string>(records)
            {
                ["id"] = endpoint.Pattern.StartsWith("/api/registrations", StringComparison.Ordinal) ? registration.Id.ToString()
                    : endpoint.Pattern.StartsWith("/api/telemedicine/appointments", StringComparison.Ordinal) ? appointment.Id.ToString()
                    : later.Id.ToString(),
            };
            var response = await client.SendAsync(Request(endpoint, values, room));
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                answers.Add($"{endpoint}: {(int)response.StatusCode}");
            }
        }
        // Any other sign of the old token: a second registration or booking, a cancellation.
        Assert.True(answers.Count == 0, $"A token of an account {revocation} still got answers:\n" + string.Join("\n", answers));
        Assert.True((await TestOfferings.FindAsync(host, registration.Id))!.IsActive);
        Assert.Equal(AppointmentStatus.Booked, (await TestTelemedicine.FindAsync(host, appointment.Id))!.Status);
        Assert.Equal(1, await RegistrationsOfAsync(host, resident.Id));
    }

    [Theory, BothProviders]
    public async Task Forged_and_hostile_tokens_are_refused_everywhere_and_a_token_issuer_still_answers(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var offering = await TestOfferings.CreateAsync(host);
        var room = await TestTelemedicine.CreateAsync(host);
        var values = new Dictionary<string, string> { ["id"] = offering.Id.ToString() };
        string[] headers = ["Bearer kein-gueltiges-token", "Bearer " + new string('x', 8000), "Bearer ' OR 1=1 --", "Bearer", "Basic YWRtaW46YWRtaW4="];
        var answers = new List<string>();

        foreach (var endpoint in EndpointCatalogue.Of(host.Services).Where(e => e.IsAnonymous && e.IsApi && !TokenIssuers.Contains(e.ToString())))
        {
            foreach (var header in headers)
            {
                using var client = host.Client();
                using var request = Request(endpoint, values, room);
                request.Headers.TryAddWithoutValidation("Authorization", header);
                var response = await client.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.Unauthorized)
                {
                    answers.Add($"{endpoint} with {header[..Math.Min(20, header.Length)]}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(answers.Count == 0, "Sent credentials that do not hold must get 401:\n" + string.Join("\n", answers));
        // A client that still sends its old token when it logs in again is not locked out by it.
        using var stale = host.Client();
        stale.DefaultRequestHeaders.Authorization = new("Bearer", "kein-gueltiges-token");
        var login = await stale.PostAsJsonAsync("/api/account/login", new { email = "resident@jena.demo", password = AppHost.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    private static async Task RevokeAsync(AppHost host, TestAccount account, string revocation)
    {
        if (revocation == "deactivated")
        {
            using var admin = await host.ApiClientAsync("admin@lebenswelten.demo");
            Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/admin/users/{account.Id}/deactivate", new { reason = "Test" })).StatusCode);
            return;
        }
        using var page = await host.PageClientAsync(account.Email);
        var logout = await page.PostAsync("/konto/ueberall-abmelden", Forms.Of(await page.GetStringAsync("/konto")));
        Assert.Equal("/konto/anmelden", logout.Headers.Location?.OriginalString);
    }

    /// <summary>A request the endpoint would accept from a guest or the account: a real booking or registration body.</summary>
    private static HttpRequestMessage Request(AppEndpoint endpoint, IReadOnlyDictionary<string, string> values, TestRoom room)
    {
        var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Url("jena", values));
        if (endpoint.Method is "POST" or "PUT" or "PATCH")
        {
            var body = endpoint.Pattern == "/api/telemedicine/appointments"
                ? $$"""{"slotId":"{{room.Slot(TestTelemedicine.Tomorrow, 11, 0)}}","kind":"FollowUp"}"""
                : "{}";
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        return request;
    }

    private static async Task<T> CreatedAsync<T>(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<T>(Json.Options))!;
    }

    private static async Task<int> RegistrationsOfAsync(AppHost host, string userId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        return await db.Registrations.CountAsync(r => r.UserId == userId);
    }
}
