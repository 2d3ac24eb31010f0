using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Features.Offerings.Registrations;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Offerings.Registrations;

public sealed class RegistrationsApiRefusalTests(AppHosts hosts)
{
    [Theory]
    [BothProviders]
    public async Task The_same_person_cannot_register_twice(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var offering = await TestOfferings.CreateAsync(host);
        using var resident = await host.ApiClientAsync("resident@jena.demo");
        using var guest = host.Client();
        var email = TestOfferings.GuestEmail();

        await resident.PostAsync($"/api/offerings/{offering.Id}/registrations", null);
        await guest.PostAsJsonAsync($"/api/offerings/{offering.Id}/registrations", new { name = "Gast", email });

        await ProblemAssert.IsProblemAsync(await resident.PostAsync($"/api/offerings/{offering.Id}/registrations", null),
            HttpStatusCode.Conflict);
        await ProblemAssert.IsProblemAsync(await guest.PostAsJsonAsync($"/api/offerings/{offering.Id}/registrations",
            new { name = "Noch mal", email = email.ToUpperInvariant() }), HttpStatusCode.Conflict);
        await ProblemAssert.IsProblemAsync(await guest.PostAsJsonAsync($"/api/offerings/{Guid.NewGuid()}/registrations",
            new { name = "Gast", email }), HttpStatusCode.NotFound);
    }

    [Theory]
    [BothProviders]
    public async Task Strangers_and_wrong_tokens_find_nothing_and_an_invalid_login_is_refused(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var offering = await TestOfferings.CreateAsync(host);
        var guest = await TestOfferings.RegisterGuestAsync(host, offering.Id, TestOfferings.GuestEmail());
        using var resident = await host.ApiClientAsync("resident@jena.demo");
        var own = await (await resident.PostAsync($"/api/offerings/{offering.Id}/registrations", null))
            .Content.ReadFromJsonAsync<RegistrationCreatedDto>(Json.Options);
        using var otherResident = await host.ApiClientAsync("resident@weimar.demo");
        using var anonymous = host.Client();
        var wrong = $"?token={guest.GuestToken![..^2]}xx";

        foreach (var (client, id, query) in new[]
        {
            (anonymous, guest.Registration.Id, wrong), (anonymous, guest.Registration.Id, ""), (resident, guest.Registration.Id, ""),
            (otherResident, own!.Id, ""), (anonymous, own.Id, ""), (anonymous, Guid.NewGuid(), ""),
        })
        {
            await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/registrations/{id}{query}"), HttpStatusCode.NotFound);
            await ProblemAssert.IsProblemAsync(await client.DeleteAsync($"/api/registrations/{id}{query}"), HttpStatusCode.NotFound);
            await ProblemAssert.IsProblemAsync(await client.PostAsync($"/api/registrations/{id}/accept{query}", null),
                HttpStatusCode.NotFound);
        }
        Assert.True((await TestOfferings.FindAsync(host, guest.Registration.Id))!.IsActive);
        Assert.True((await TestOfferings.FindAsync(host, own.Id))!.IsActive);

        using var badLogin = host.Client();
        badLogin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "kein-gueltiges-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await badLogin.PostAsync($"/api/offerings/{offering.Id}/registrations", null))
            .StatusCode);
    }

    [Theory]
    [BothProviders]
    public async Task After_the_cancellation_deadline_a_participant_cannot_cancel_any_more(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var offering = await TestOfferings.CreateAsync(host, daysAhead: 1, cancellationDeadlineHours: 72);
        using var resident = await host.ApiClientAsync("resident@jena.demo");
        var created = await (await resident.PostAsync($"/api/offerings/{offering.Id}/registrations", null))
            .Content.ReadFromJsonAsync<RegistrationCreatedDto>(Json.Options);

        await ProblemAssert.IsProblemAsync(await resident.DeleteAsync($"/api/registrations/{created!.Id}"), HttpStatusCode.Conflict);

        Assert.Equal("confirmed",
            (await resident.GetFromJsonAsync<RegistrationDto>($"/api/registrations/{created.Id}", Json.Options))!.Status);
    }

    public static TheoryData<DatabaseProvider, string, string, int> BadRequests() => new(
        from provider in BothProvidersAttribute.All
        from bad in new (string Body, string ContentType, int Status)[]
        {
            ($$"""{ "name": "{{new string('x', 5000)}}", "email": "lang@example.org" }""", "application/json", 422),
            ("""{ "name": "Gast", "email": "keine-adresse" }""", "application/json", 422),
            ("""{ "name": "Gast", "email": "jahr@example.org", "birthYear": 3000 }""", "application/json", 422),
            ("""{ "name": "Gast", "email": "plz@example.org", "postalCode": "1234x" }""", "application/json", 422),
            ("""{ "name": "Gast", "email": "sex@example.org", "sex": "alien" }""", "application/json", 422),
            ("""{ "name": "Gast", "email": "sex7@example.org", "sex": "7" }""", "application/json", 422),
            ("""{ "name": "", "email": "" }""", "application/json", 422),
            ("""{ "name": "Gast", "email": "kaputt@example.org" """, "application/json", 400),
            ("""{ "name": "Gast", "email": "jahr@example.org", "birthYear": "neunzehn" }""", "application/json", 400),
            ("""[1, 2, 3]""", "application/json", 400),
            ("""{ "name": "Gast", "email": "feld@example.org", "postcode": "07747" }""", "application/json", 400),
            ("name=Gast&email=form@example.org", "application/x-www-form-urlencoded", 415),
            ("""{ "name": "Gast", "email": "text@example.org" }""", "text/plain", 415),
        }
        select (provider, bad.Body, bad.ContentType, bad.Status));

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_input_is_refused_with_a_problem_and_nothing_is_saved(DatabaseProvider provider, string body, string contentType,
        int status)
    {
        var host = await hosts.Get(provider);
        var offering = await TestOfferings.CreateAsync(host);
        using var guest = host.Client();

        var response = await guest.PostAsync($"/api/offerings/{offering.Id}/registrations",
            new StringContent(body, Encoding.UTF8, contentType));

        await ProblemAssert.IsProblemAsync(response, (HttpStatusCode)status);
        // Every refusal names its reason for programs as well (docs/dev/api-conventions.md), not only its status.
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("code").GetString()));
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        Assert.Equal(0, await db.Registrations.CountAsync(r => r.OfferingId == offering.Id));
    }
}
