using System.Net;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Offerings.Registrations;

/// <summary>The pages without a browser: what the server answers, and what it refuses to reveal.</summary>
public sealed class RegistrationPagesTests(AppHosts hosts)
{
    [Theory]
    [BothProviders]
    public async Task The_personal_link_opens_the_registration_and_nothing_else_does(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var offering = await TestOfferings.CreateAsync(host);
        var guest = await TestOfferings.RegisterGuestAsync(host, offering.Id, TestOfferings.GuestEmail());
        var path = $"/anmeldungen/{guest.Registration.Id}";
        using var anonymous = host.Client();
        using var resident = await host.PageClientAsync("resident@jena.demo");

        var page = await anonymous.GetAsync($"{path}?token={Uri.EscapeDataString(guest.GuestToken!)}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Bitte bestätigen Sie Ihre E-Mail-Adresse innerhalb von 24 Stunden.", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"Token\" value=\"{guest.GuestToken}\"", html, StringComparison.Ordinal);
        Assert.Contains($"action=\"{path}?handler=Cancel\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/angebote/{offering.Id}/kalender.ics\"", html, StringComparison.Ordinal);
        var calendar = await anonymous.GetAsync($"/angebote/{offering.Id}/kalender.ics");
        Assert.Equal("text/calendar", calendar.Content.Headers.ContentType!.MediaType);
        Assert.Contains("BEGIN:VEVENT", await calendar.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var (client, url) in new[] { (anonymous, path), (anonymous, $"{path}?token=falsch"), (resident, path),
            (anonymous, $"{path}/bestaetigen"), (anonymous, $"/anmeldungen/{Guid.NewGuid()}?token={guest.GuestToken}") })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        }
    }

    [Theory]
    [BothProviders]
    public async Task Opening_the_confirmation_link_confirms_nothing_until_the_button_is_pressed(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var offering = await TestOfferings.CreateAsync(host);
        var email = TestOfferings.GuestEmail();
        var guest = await TestOfferings.RegisterGuestAsync(host, offering.Id, email);
        var link = await MailedLinks.InOutboxAsync(host, email, "/bestaetigen?token=");
        var token = Uri.UnescapeDataString(link.Split("token=")[1]);
        using var client = host.Client();
        var path = $"/anmeldungen/{guest.Registration.Id}/bestaetigen";

        var form = await client.GetStringAsync($"{path}?token={Uri.EscapeDataString(token)}");
        Assert.Null((await TestOfferings.FindAsync(host, guest.Registration.Id))!.EmailConfirmedAt);

        var wrong = await client.PostAsync(path, Form(form, token[..^1]));
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        // The personal link, which whoever filled in the form got back, does not confirm (issue 15).
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{path}?token={Uri.EscapeDataString(guest.GuestToken!)}"))
            .StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync(path, Form(form, guest.GuestToken!))).StatusCode);
        var confirmed = await client.PostAsync(path, Form(form, token));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal($"/anmeldungen/{guest.Registration.Id}?token={Uri.EscapeDataString(guest.GuestToken!)}",
            confirmed.Headers.Location!.OriginalString);
        Assert.NotNull((await TestOfferings.FindAsync(host, guest.Registration.Id))!.EmailConfirmedAt);
    }

    [Theory]
    [BothProviders]
    public async Task A_guest_form_with_bad_values_shows_German_errors_and_saves_nothing(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var offering = await TestOfferings.CreateAsync(host);
        using var client = host.Client();
        var path = $"/angebote/{offering.Id}/anmelden";
        var form = await client.GetStringAsync(path);

        var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = new('x', 300), ["Input.Email"] = "keine-adresse", ["Input.PostalCode"] = "1234",
            ["Input.BirthYear"] = "3000", ["Input.Sex"] = "female", ["__RequestVerificationToken"] = Sessions.AntiforgeryToken(form),
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        foreach (var text in new[] { "Das ist zu lang.", "Bitte eine gültige E-Mail-Adresse angeben",
            "Bitte eine Postleitzahl mit 5 Ziffern angeben.", "außerhalb des erlaubten Bereichs" })
        {
            Assert.Contains(text, html, StringComparison.Ordinal);
        }
        using var scope = host.Services.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>()
            .Registrations.CountAsync(r => r.OfferingId == offering.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/angebote/{Guid.NewGuid()}/anmelden")).StatusCode);
    }

    [Theory]
    [BothProviders]
    public async Task My_registrations_need_a_login_and_list_only_my_own(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var offering = await TestOfferings.CreateAsync(host);
        await TestOfferings.RegisterGuestAsync(host, offering.Id, TestOfferings.GuestEmail());
        using var resident = await host.PageClientAsync("resident@gera.demo");
        var form = await resident.GetStringAsync($"/angebote/{offering.Id}/anmelden");
        var registered = await resident.PostAsync($"/angebote/{offering.Id}/anmelden",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Sessions.AntiforgeryToken(form) }));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.DoesNotContain("token=", registered.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var mine = await resident.GetStringAsync("/meine-anmeldungen");

        Assert.Contains(offering.Title, mine, StringComparison.Ordinal);
        Assert.Contains(registered.Headers.Location!.OriginalString, mine, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await host.Client().GetAsync("/meine-anmeldungen")).StatusCode);
    }

    private static FormUrlEncodedContent Form(string html, string token) => new(new Dictionary<string, string>
    {
        ["Token"] = token, ["__RequestVerificationToken"] = Sessions.AntiforgeryToken(html),
    });
}
