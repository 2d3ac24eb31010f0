using System.Net;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Web.Tests.Offerings.BackOffice.BackOfficePagesTests;

namespace Lebenswelten.Web.Tests.Offerings.BackOffice;

/// <summary>
/// The preview of a draft (issue 25): its own staff see the public page's markup under a banner and can publish from it;
/// for everyone else, and on the public address, the draft does not exist.
/// </summary>
public sealed class OfferingPreviewTests(AppHosts hosts)
{
    [Fact]
    public async Task The_provider_sees_the_draft_as_the_public_will_under_a_banner_and_publishes_it_from_there()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        var draft = await (await DemoProvider.OfAsync(host)).CreateOfferingAsync(host, d => d with { Publish = false });
        var preview = $"/verwaltung/jena/angebote/{draft.Id}/vorschau";
        using var provider = await host.PageClientAsync("provider@jena.demo");
        using var anonymous = host.Client();

        var html = await provider.GetStringAsync(preview);
        Assert.Contains("Vorschau – noch nicht veröffentlicht", html);
        Assert.Contains($"<h1 dir=\"auto\">{draft.Title}</h1>", html);
        Assert.Contains("Bewegung für <strong>alle</strong>", html);
        Assert.Contains("id=\"termine\"", html);
        Assert.Contains("id=\"anmeldung\"", html);
        Assert.Contains($"href=\"/verwaltung/jena/angebote/{draft.Id}/bearbeiten\"", html);
        Assert.Contains($"action=\"/verwaltung/jena/angebote/{draft.Id}/bearbeiten?handler=Publish\"", html);
        Assert.Contains("noindex", html);
        Assert.DoesNotContain($"/angebote/{draft.Id}/anmelden", html);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/angebote/{draft.Id}")).StatusCode);

        var published = await provider.PostAsync($"/verwaltung/jena/angebote/{draft.Id}/bearbeiten?handler=Publish", Form(html, []));

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("ist veröffentlicht", await provider.GetStringAsync(published.Headers.Location!.OriginalString));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/angebote/{draft.Id}")).StatusCode);
        // Once published, the preview is the public page.
        var afterwards = await provider.GetAsync(preview);
        Assert.Equal($"/angebote/{draft.Id}", afterwards.Headers.Location!.OriginalString);
        var audit = await DemoProvider.AuditAsync(host, "Offering", draft.Id.ToString());
        Assert.Equal(2, audit.Count);
    }

    [Fact]
    public async Task Nobody_but_the_offerings_staff_opens_a_drafts_preview_or_publishes_it()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        var draft = await CatalogueOfferings.CreateAsync(host, $"Fremd {Guid.NewGuid():N}"[..14], d => d with { Publish = false });
        var preview = $"/verwaltung/jena/angebote/{draft.Id}/vorschau";
        using var otherProvider = await host.PageClientAsync("provider@jena.demo");
        using var weimar = await host.PageClientAsync("provider@weimar.demo");
        using var resident = await host.PageClientAsync("resident@jena.demo");
        using var anonymous = host.Client();
        using var coordinator = await host.PageClientAsync("coordinator@jena.demo");
        Assert.NotEqual((await DemoProvider.OfAsync(host)).OrganisationId, draft.OrganisationId);

        Assert.Equal(HttpStatusCode.NotFound, (await otherProvider.GetAsync(preview)).StatusCode);
        Assert.Contains("/konto/zugriff-verweigert", (await weimar.GetAsync(preview)).Headers.Location!.OriginalString);
        Assert.Contains("/konto/zugriff-verweigert", (await resident.GetAsync(preview)).Headers.Location!.OriginalString);
        Assert.Contains("/konto/anmelden", (await anonymous.GetAsync(preview)).Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/angebote/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherProvider.GetAsync($"/angebote/{draft.Id}")).StatusCode);
        // The other provider posts the publish form of a page of their own, aimed at the draft: not found, still a draft.
        var ownPage = await otherProvider.GetStringAsync("/verwaltung/jena/angebote/neu");
        var forged = await otherProvider.PostAsync($"/verwaltung/jena/angebote/{draft.Id}/bearbeiten?handler=Publish", Form(ownPage, []));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(OfferingStatus.Draft, await StatusAsync(host, draft.Id));

        var seen = await coordinator.GetStringAsync(preview);
        Assert.Contains("Vorschau – noch nicht veröffentlicht", seen);
    }

    [Fact]
    public async Task Odd_addresses_of_the_preview_are_not_found_never_a_server_error()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        using var provider = await host.PageClientAsync("provider@jena.demo");

        foreach (var url in new[]
        {
            $"/verwaltung/jena/angebote/{Guid.NewGuid()}/vorschau", "/verwaltung/jena/angebote/keine-guid/vorschau",
            $"/verwaltung/jena/angebote/{Guid.Empty}/vorschau",
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await provider.GetAsync(url)).StatusCode);
        }
    }

    private static async Task<OfferingStatus> StatusAsync(AppHost host, Guid id)
    {
        using var scope = host.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>().Offerings.SingleAsync(o => o.Id == id)).Status;
    }
}
