using System.Net;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Shared;

public sealed class ErrorHandlingTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task Unknown_api_routes_are_404_problems(DatabaseProvider provider)
    {
        using var client = (await hosts.Get(provider)).Client();

        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/gibt-es-nicht"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await client.DeleteAsync("/api/sites/jena/x/y"), HttpStatusCode.NotFound);
    }

    [Theory, BothProviders]
    public async Task Unknown_pages_show_a_German_404_page_to_everyone(DatabaseProvider provider)
    {
        using var client = (await hosts.Get(provider)).Client();

        foreach (var path in new[] { "/gibt-es-nicht", "/standorte/atlantis", "/humans.txt" })
        {
            var response = await client.GetAsync(path);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("Diese Seite gibt es nicht.", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused_with_a_page_not_a_crash()
    {
        using var client = (await hosts.Get(DatabaseProvider.Sqlite)).Client();

        var response = await client.PostAsync("/konto/anmelden",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "a@b.de", ["Input.Password"] = "x" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Die Anfrage war fehlerhaft.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Login_form_errors_are_shown_in_German_beside_the_fields()
    {
        using var client = (await hosts.Get(DatabaseProvider.Sqlite)).Client();
        var form = await client.GetStringAsync("/konto/anmelden");

        var response = await client.PostAsync("/konto/anmelden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "keine-adresse", ["Input.Password"] = "",
            ["__RequestVerificationToken"] = Sessions.AntiforgeryToken(form),
        }));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bitte geben Sie eine gültige E-Mail-Adresse ein.", html);
        Assert.Contains("Bitte füllen Sie „Passwort“ aus.", html);
    }

    [Fact]
    public async Task A_wrong_password_on_the_page_says_so_in_German()
    {
        using var client = (await hosts.Get(DatabaseProvider.Sqlite)).Client();
        var form = await client.GetStringAsync("/konto/anmelden");

        var response = await client.PostAsync("/konto/anmelden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "provider@chemnitz.demo", ["Input.Password"] = "ganz-falsches-passwort",
            ["__RequestVerificationToken"] = Sessions.AntiforgeryToken(form),
        }));

        Assert.Contains("E-Mail-Adresse oder Passwort stimmen nicht.", await response.Content.ReadAsStringAsync());
    }
}
