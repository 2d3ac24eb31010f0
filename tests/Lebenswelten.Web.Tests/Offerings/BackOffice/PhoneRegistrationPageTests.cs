using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Web.Tests.Offerings.BackOffice.BackOfficePagesTests;

namespace Lebenswelten.Web.Tests.Offerings.BackOffice;

/// <summary>
/// Registering someone who called (issue 25), on the page and over the API: the same admission as self-registration,
/// German errors for what is missing, the consent recorded as given by phone, and nobody else's offering reachable.
/// </summary>
public sealed class PhoneRegistrationPageTests(AppHosts hosts)
{
    [Fact]
    public async Task Missing_name_phone_and_consent_come_back_in_German_and_nothing_is_stored()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        var offering = await (await DemoProvider.OfAsync(host)).CreateOfferingAsync(host);
        var url = $"/verwaltung/jena/angebote/{offering.Id}/telefonische-anmeldung";
        using var client = await host.PageClientAsync("provider@jena.demo");
        var form = await client.GetStringAsync(url);

        var response = await client.PostAsync(url, Form(form, new() { ["Input.Name"] = " ", ["Input.Phone"] = "", ["Input.Email"] = "kaputt" }));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("role=\"alert\"", html);
        Assert.Contains("Bitte ausfüllen.", html);
        Assert.Contains("Bitte eine gültige E-Mail-Adresse angeben", html);
        Assert.Contains("Ohne Einwilligung keine Anmeldung", html);
        Assert.Equal(0, await RegistrationsAsync(host, offering.Id));
    }

    [Theory, BothProviders]
    public async Task A_caller_without_e_mail_is_registered_marked_by_phone_and_staff_are_told_to_confirm_by_phone(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var offering = await (await DemoProvider.OfAsync(host)).CreateOfferingAsync(host);
        var url = $"/verwaltung/jena/angebote/{offering.Id}/telefonische-anmeldung";
        using var client = await host.PageClientAsync("provider@jena.demo");
        var participants = await client.GetStringAsync($"/verwaltung/jena/angebote/{offering.Id}/teilnehmende");
        Assert.Contains($"href=\"{url}\"", participants);

        var response = await client.PostAsync(url, Form(await client.GetStringAsync(url), new()
        {
            ["Input.Name"] = "Erika Anruferin", ["Input.Phone"] = "03641 555123", ["Input.Language"] = "de", ["Input.ConsentGiven"] = "true",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await client.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Erika Anruferin ist angemeldet, der Platz ist bestätigt.", list);
        Assert.Contains("Bitte bestätigen Sie die Anmeldung der Person telefonisch.", list);
        Assert.Contains("per Telefon", list);
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        var stored = await db.Registrations.SingleAsync(r => r.OfferingId == offering.Id);
        var consent = await db.Consents.SingleAsync(c => c.RegistrationId == stored.Id);
        Assert.Equal((ConsentChannel.Phone, stored.RegisteredByUserId), (consent.Channel, consent.RecordedByUserId));
        Assert.NotNull(stored.RegisteredByUserId);
        Assert.Contains(await db.AuditEntries.Where(a => a.RecordId == stored.Id.ToString()).Select(a => a.Action).ToListAsync(),
            a => a == AuditAction.Create);
    }

    [Theory, BothProviders]
    public async Task The_API_registers_a_caller_answers_409_for_the_same_caller_and_422_per_field(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var offering = await (await DemoProvider.OfAsync(host)).CreateOfferingAsync(host, d => d with { Capacity = 1 });
        using var client = await host.ApiClientAsync("provider@jena.demo");
        var path = $"/api/offerings/{offering.Id}/participants";
        var caller = new { name = "Jens Anrufer", phone = "+49 3641 777", email = "jens@example.org", consentGiven = true, language = "en" };

        var created = await client.PostAsJsonAsync(path, caller, Json.Options);
        var twice = await client.PostAsJsonAsync(path, caller with { email = "anders@example.org" }, Json.Options);
        var broken = await client.PostAsJsonAsync(path, new { name = "", phone = "abc", consentGiven = false }, Json.Options);
        var unknownField = await client.PostAsJsonAsync(path, new { name = "X", phone = "0341 12345", consent = true }, Json.Options);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(path, created.Headers.Location!.OriginalString);
        using var entry = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        Assert.Equal(("confirmed", true), (entry.RootElement.GetProperty("status").GetString(), entry.RootElement.GetProperty("registeredByPhone").GetBoolean()));
        await ProblemAssert.IsProblemAsync(twice, HttpStatusCode.Conflict);
        await ProblemAssert.IsProblemAsync(broken, HttpStatusCode.UnprocessableEntity);
        using var errors = JsonDocument.Parse(await broken.Content.ReadAsStringAsync());
        Assert.Equal(["consentGiven", "name", "phone"],
            errors.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
        await ProblemAssert.IsProblemAsync(unknownField, HttpStatusCode.BadRequest);
        using var scope = host.Services.CreateScope();
        var mail = await scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>().OutboxMessages
            .SingleAsync(m => m.To == "jens@example.org");
        Assert.Equal(("registration-by-phone", true), (mail.Template, mail.Subject.StartsWith("Registered by phone", StringComparison.Ordinal)));
    }

    [Theory, BothProviders]
    public async Task Another_provider_a_resident_and_the_anonymous_cannot_register_anyone_on_the_offering(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var others = await CatalogueOfferings.CreateAsync(host, $"Fremd {Guid.NewGuid():N}"[..14]);
        var page = $"/verwaltung/jena/angebote/{others.Id}/telefonische-anmeldung";
        var api = $"/api/offerings/{others.Id}/participants";
        var caller = new { name = "Eindringling", phone = "0341 12345", consentGiven = true };
        using var otherProvider = await host.ApiClientAsync("provider@jena.demo");
        using var resident = await host.ApiClientAsync("resident@jena.demo");
        using var anonymous = host.Client();
        using var providerPages = await host.PageClientAsync("provider@jena.demo");

        Assert.Equal(HttpStatusCode.NotFound, (await otherProvider.PostAsJsonAsync(api, caller, Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await resident.PostAsJsonAsync(api, caller, Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync(api, caller, Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await providerPages.GetAsync(page)).StatusCode);
        Assert.Equal(0, await RegistrationsAsync(host, others.Id));
    }

    private static async Task<int> RegistrationsAsync(AppHost host, Guid offeringId)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>().Registrations.CountAsync(r => r.OfferingId == offeringId);
    }
}
