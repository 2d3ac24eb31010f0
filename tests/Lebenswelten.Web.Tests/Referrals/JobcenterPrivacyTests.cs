using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Tests.Offerings;
using Lebenswelten.Web.Tests.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Referrals;

/// <summary>
/// Issue 19's boundary: the jobcenter never learns anything about a client's health. A client redeems a voucher with
/// consent, registers and attends; then every route the jobcenter role can reach (the endpoint data sources, as the
/// authorization matrix reads them) is opened as jobcenter@jena.demo with that voucher's id, and no answer may carry the
/// offering, its provider, its dates, the attendance, or who the client is.
/// </summary>
public sealed class JobcenterPrivacyTests(AppHosts hosts)
{
    private static readonly Caller Jobcenter = new("jobcenter@jena.demo", "jobcenter@jena.demo", Core.Identity.SiteRole.JobcenterCounsellor);
    private static readonly Caller Anonymous = new("anonymous", null);

    [Theory, BothProviders]
    public async Task No_page_or_answer_the_jobcenter_can_reach_shows_offering_provider_date_attendance_or_client(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var records = await MatrixRecords.CreateAsync(host);
        var secrets = await RedeemedRegisteredAndAttendedAsync(host);
        var values = new Dictionary<string, string>(records.Values) { ["voucher"] = secrets.VoucherId.ToString() };
        using var api = await host.ApiClientAsync(Jobcenter.Email);
        using var pages = await host.PageClientAsync(Jobcenter.Email);
        var reachable = EndpointCatalogue.Of(host.Services).Where(e => e.Method == "GET"
            && AuthorizationMatrixTests.Rules.TryGetValue(e.ToString(), out var rule) && rule.Expect(Jobcenter) == Security.Outcome.Allowed)
            .ToList();
        Assert.Contains(reachable, e => e.Pattern == "/api/referrals/{id:guid}");
        Assert.Contains(reachable, e => e.Pattern == "/verwaltung/{site}/gutscheine");

        var failures = new List<string>();
        var opened = 0;
        foreach (var endpoint in reachable)
        {
            var ownValues = endpoint.Pattern.StartsWith("/api/referrals/", StringComparison.Ordinal)
                ? new Dictionary<string, string>(values) { ["id"] = secrets.VoucherId.ToString() } : values;
            var response = await (endpoint.IsApi ? api : pages).GetAsync(endpoint.Url("jena", ownValues));
            if (!response.IsSuccessStatusCode)
            {
                continue;
            }
            opened++;
            var body = await response.Content.ReadAsStringAsync();
            // Public pages show every visitor the catalogue (titles, providers, dates): the same for all, tied to nobody.
            // What only a login opens must not show even those.
            // The network picture and the organisation profiles are the same kind of fact: which organisations of the site
            // there are and who works with whom, the same for all its staff, tied to no client.
            var isPublic = AuthorizationMatrixTests.Rules[endpoint.ToString()].Expect(Anonymous) == Security.Outcome.Allowed
                || SiteOrganisationsForAllStaff.Contains(endpoint.ToString());
            foreach (var (what, secret) in secrets.Forbidden(includingCatalogue: !isPublic))
            {
                if (body.Contains(secret, StringComparison.OrdinalIgnoreCase))
                {
                    failures.Add($"{endpoint}: shows the {what} ({secret})");
                }
            }
        }

        Assert.True(opened > 10, $"only {opened} routes opened");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // And the one thing it may know, it does know.
        Assert.Equal("redeemedYes", await Vouchers.RedeemedAsync(api, secrets.VoucherId));
    }

    private static readonly HashSet<string> SiteOrganisationsForAllStaff =
    [
        "GET /api/sites/{site}/network-graph", "GET /verwaltung/{site}/netzwerk/bild", "GET /verwaltung/{site}/netzwerk/organisationen",
        "GET /verwaltung/{site}/netzwerk/organisationen/{organisation:guid}", "GET /api/organisations/{id:guid}",
    ];

    private sealed record Secrets(Guid VoucherId, string Title, string Provider, DateOnly Day, string ClientName, string ClientEmail,
        Guid RegistrationId, string Note)
    {
        public IEnumerable<(string What, string Secret)> Forbidden(bool includingCatalogue)
        {
            yield return ("client's name", ClientName);
            yield return ("client's e-mail", ClientEmail);
            yield return ("registration", RegistrationId.ToString());
            yield return ("client's note", Note);
            if (includingCatalogue)
            {
                yield return ("offering", Title);
                yield return ("provider", Provider);
                yield return ("date", Day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));
                yield return ("date", Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                yield return ("attendance", "anwesend");
                yield return ("attendance", "attend");
                yield return ("attendance", "\"present\"");
            }
        }
    }

    private static async Task<Secrets> RedeemedRegisteredAndAttendedAsync(AppHost host)
    {
        var owner = await DemoProvider.OfAsync(host);
        var offering = await owner.CreateOfferingAsync(host);
        using var counsellor = await host.ApiClientAsync(Jobcenter.Email);
        var issued = await Vouchers.IssueAsync(counsellor, "jena", "exercise");
        var name = $"Kundin {Guid.NewGuid():N}"[..20];
        var email = $"kundin-{Guid.NewGuid():N}@example.org";
        // The voucher went to the client's address too: the jobcenter must not find that address again anywhere.
        var sent = await counsellor.PostAsJsonAsync($"/api/referrals/{issued.Id}/send", new { email });
        Assert.True(sent.IsSuccessStatusCode, await sent.Content.ReadAsStringAsync());
        using var client = host.Client();
        var redeemed = await Vouchers.RedeemAsync(client, issued.Code, tellJobcenter: true);
        using var register = new HttpRequestMessage(HttpMethod.Post, $"/api/referrals/{issued.Id}/registrations")
        {
            Content = JsonContent.Create(new { offeringId = offering.Id, name, email }),
        };
        register.Headers.Add("X-Voucher-Token", redeemed.GetProperty("token").GetString());
        var registered = await client.SendAsync(register);
        Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync());
        var registrationId = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("registrationId").GetGuid();

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        var session = await db.OfferingSessions.Where(s => s.OfferingId == offering.Id).OrderBy(s => s.StartsAt).FirstAsync();
        db.Attendances.Add(new Attendance { RegistrationId = registrationId, SessionId = session.Id, Present = true, RecordedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        var providerName = await db.Organisations.Where(o => o.Id == offering.OrganisationId).Select(o => o.Name).SingleAsync();
        return new Secrets(issued.Id, offering.Title, providerName, BerlinTime.LocalDate(session.StartsAt), name, email, registrationId,
            "Bewegung hilft");
    }
}
