using System.Net;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Features.Telemedicine;
using Lebenswelten.Web.Tests.Telemedicine;
using Lebenswelten.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Shared;

/// <summary>Form errors name the real problem, in German, and the form keeps what was typed (issue 25).</summary>
public sealed class FormErrorWordingTests(AppHosts hosts)
{
    [Fact]
    public async Task A_room_run_by_an_organisation_of_another_site_is_refused_as_such_not_as_a_district()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        await using var scope = host.Services.CreateAsyncScope();
        var (jena, weimarOrganisation, coordinator) = await JenaAndWeimarAsync(scope.ServiceProvider);

        var outcome = await scope.ServiceProvider.GetRequiredService<RoomEditor>().CreateAsync(jena, new RoomDraft
        {
            Name = "Raum", Street = "Testweg 1", PostalCode = "07747", City = "Jena", OperatorOrganisationId = weimarOrganisation,
        }, coordinator, default);
        var form = new ModelStateDictionary();
        outcome.Problem!.AddTo(form, scope.ServiceProvider.GetRequiredService<IStringLocalizer<TelemedicineResource>>());

        Assert.Equal("Diese Organisation gehört zu einem anderen Standort; bitte eine Organisation dieses Standorts wählen.",
            Assert.Single(form["Input.OperatorOrganisationId"]!.Errors).ErrorMessage);
    }

    [Fact]
    public async Task An_offering_for_an_organisation_of_another_site_is_refused_as_such()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        await using var scope = host.Services.CreateAsyncScope();
        var (jena, weimarOrganisation, coordinator) = await JenaAndWeimarAsync(scope.ServiceProvider);

        var outcome = await scope.ServiceProvider.GetRequiredService<Core.Offerings.OfferingEditor>().CreateAsync(jena,
            Offerings.CatalogueOfferings.Draft(weimarOrganisation, "Kurs"), coordinator, default);
        var form = new ModelStateDictionary();
        outcome.Problem!.AddTo(form, scope.ServiceProvider.GetRequiredService<IStringLocalizer<Features.Offerings.OfferingsResource>>());

        Assert.Equal("Diese Organisation gehört zu einem anderen Standort; bitte eine Organisation dieses Standorts wählen.",
            Assert.Single(form["Input.OrganisationId"]!.Errors).ErrorMessage);
    }

    [Fact]
    public async Task A_video_link_without_https_keeps_the_appointments_form_open_with_the_link_and_says_why()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        var setup = await TestTelemedicine.CreateAsync(host);
        var slot = (await TestTelemedicine.FreeSlotsAsync(host, setup, TestTelemedicine.Tomorrow))[0];
        var booked = await TestTelemedicine.BookAsync(host, slot.Id);
        using var page = await host.PageClientAsync("practice@jena.demo");
        var address = $"/verwaltung/jena/telemedizin/praxis?tag={TestTelemedicine.Tomorrow:yyyy-MM-dd}";
        var form = await page.GetStringAsync(address);

        var refused = await page.PostAsync($"/verwaltung/jena/telemedizin/praxis?handler=Link&tag={TestTelemedicine.Tomorrow:yyyy-MM-dd}",
            Forms.Of(form, "appointmentId", booked.Appointment.Id.ToString(), "videoLink", "http://video.example/raum"));
        var shown = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("<details open=\"open\">", shown, StringComparison.Ordinal);
        Assert.Contains("value=\"http://video.example/raum\"", shown, StringComparison.Ordinal);
        Assert.Contains("Bitte eine vollständige https-Adresse eingeben.", shown, StringComparison.Ordinal);
    }

    /// <summary>Jena's id, an organisation of Weimar, and the Jena coordinator acting with it.</summary>
    private static async Task<(Guid Jena, Guid WeimarOrganisation, AuditActor Coordinator)> JenaAndWeimarAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<LebensweltenDbContext>();
        var jena = await db.Sites.Where(s => s.Slug == "jena").Select(s => s.Id).SingleAsync();
        var weimar = await db.Sites.Where(s => s.Slug == "weimar").Select(s => s.Id).SingleAsync();
        var organisation = await db.Organisations.Where(o => o.SiteId == weimar).Select(o => o.Id).FirstAsync();
        var coordinator = await db.Users.Where(u => u.Email == "coordinator@jena.demo").Select(u => u.Id).SingleAsync();
        return (jena, organisation, new AuditActor(coordinator, "127.0.0.1"));
    }
}
