using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Web.Tests.Offerings;

namespace Lebenswelten.Web.Tests.Shared;

/// <summary>Issue 23: how a page finds its language (Accept-Language, the cookie, the account) and that mails follow it.</summary>
public sealed class LanguageChoiceTests(AppHosts hosts)
{
    [Fact]
    public async Task A_first_visit_speaks_the_browsers_language_and_Arabic_reads_right_to_left()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        using var ukrainian = host.Client();
        ukrainian.DefaultRequestHeaders.Add("Accept-Language", "uk-UA,uk;q=0.9,de;q=0.5");
        var page = await ukrainian.GetStringAsync("/");
        Assert.Contains("<html lang=\"uk\" dir=\"ltr\">", page);
        Assert.Contains("Здорове життя там, де ви живете", page);
        Assert.Contains("Цей переклад зроблено машинним способом", page);

        using var arabic = host.Client();
        arabic.DefaultRequestHeaders.Add("Accept-Language", "ar");
        page = await arabic.GetStringAsync("/angebote");
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", page);
        Assert.Contains("hreflang=\"ar\"", page);
        Assert.Contains(">العربية</a>", page);
    }

    [Fact]
    public async Task Leichte_Sprache_is_chosen_from_the_menu_and_kept_in_the_cookie()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        using var client = host.Client();

        var page = await client.GetStringAsync("/?culture=de-XL");
        Assert.Contains("<html lang=\"de-XL\" dir=\"ltr\">", page);
        Assert.Contains("Diesen Text in Leichter Sprache hat noch niemand geprüft.", page);

        var catalogue = await client.GetStringAsync("/angebote");
        Assert.Contains("<html lang=\"de-XL\"", catalogue);
        Assert.Contains("Hier finden Sie Angebote für Ihre Gesundheit.", catalogue);
    }

    [Theory]
    [InlineData("uk", "uk, en;q=0.8", "en")]
    [InlineData("ar", "ar", "de")]
    [InlineData("de-XL", "de", "de")]
    public async Task A_staff_page_asked_for_in_a_resident_language_answers_in_German_or_English(string chosen, string browser, string expected)
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        using var client = host.Client();
        client.DefaultRequestHeaders.Add("Accept-Language", browser);

        var response = await client.GetAsync($"/openapi?culture={chosen}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<html lang=\"{expected}\" dir=\"ltr\">", page);
        Assert.DoesNotContain("translation-note", page);
        Assert.DoesNotContain("hreflang=\"ar\"", page);
    }

    [Fact]
    public async Task The_API_of_a_resident_flow_answers_in_the_residents_language_and_a_staff_operation_in_German_or_English()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        var offering = await TestOfferings.CreateAsync(host, capacity: 5);
        using var client = host.Client();
        client.DefaultRequestHeaders.Add("Accept-Language", "uk, en;q=0.8");

        var registration = await client.PostAsJsonAsync($"/api/offerings/{offering.Id}/registrations", new { name = "", email = "kein-at" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, registration.StatusCode);
        var problem = await registration.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Будь ласка, перевірте свої дані.", problem.GetProperty("title").GetString());
        Assert.Contains("Будь ласка, вкажіть дійсну адресу e-mail", problem.GetProperty("errors").GetRawText());

        var idea = await client.GetAsync($"/api/ideas/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, idea.StatusCode);
        Assert.Equal("Такої ідеї немає.", (await idea.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());

        // GetSite is not a resident operation: English, the staff language this browser prefers.
        var site = await client.GetAsync("/api/sites/kein-standort");
        Assert.Equal(HttpStatusCode.NotFound, site.StatusCode);
        Assert.Equal("There is no such site.", (await site.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Every_resident_API_operation_names_an_endpoint()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        var names = host.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .Select(endpoint => endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IEndpointNameMetadata>()?.EndpointName)
            .ToHashSet();
        var unknown = Lebenswelten.Web.Features.Shared.ResidentLanguages.ApiOperations.Where(name => !names.Contains(name)).ToList();
        Assert.True(unknown.Count == 0, "no endpoint named " + string.Join(", ", unknown));
    }

    [Fact]
    public async Task A_residents_choice_is_kept_in_the_account_and_applied_at_the_next_sign_in()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        var resident = await TestAccounts.CreateAsync(host);
        using (var signedIn = await host.PageClientAsync(resident.Email))
        {
            Assert.Contains("<html lang=\"tr\"", await signedIn.GetStringAsync("/konto?culture=tr"));
        }
        Assert.Equal("tr", (await TestAccounts.FindAsync(host, resident.Id))!.Language);

        using var elsewhere = host.Client();
        var form = await elsewhere.GetStringAsync("/konto/anmelden");
        var login = await elsewhere.PostAsync("/konto/anmelden",
            Forms.Of(form, "Input.Email", resident.Email, "Input.Password", AppHost.DemoPassword));

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith(".AspNetCore.Culture=c%3Dtr%7Cuic%3Dtr", StringComparison.Ordinal));
        Assert.Contains("<html lang=\"tr\"", await elsewhere.GetStringAsync("/konto"));
    }

    [Theory]
    [InlineData("uk", "Будь ласка, підтвердьте", "Ваше місце зарезервовано.")]
    [InlineData("ar", "يرجى التأكيد", "تم حجز مكانك.")]
    [InlineData("de-XL", "Sie wollen bei", "Sie haben einen Platz.")]
    public async Task A_guest_gets_the_mail_in_the_language_of_the_registration(string language, string subject, string status)
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        var offering = await TestOfferings.CreateAsync(host, capacity: 5);
        var email = TestOfferings.GuestEmail();
        using (var scope = host.Services.CreateScope())
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<RegistrationService>()
                .RegisterAsync(offering.Id, new Registrant(null, "Olena", email, Language: language), default);
            Assert.True(outcome.Succeeded, outcome.Problem?.ToString());
            Assert.Equal(language, (await TestOfferings.FindAsync(host, outcome.Value!.Registration.Id))!.Language);
        }

        var mail = (await host.Mail.WaitForAsync(m => m.To.ToString().Contains(email, StringComparison.Ordinal))).Single();

        Assert.Contains(subject, mail.Subject);
        Assert.Contains(status, mail.TextBody);
        Assert.Contains(offering.Title, mail.Subject);
    }
}
