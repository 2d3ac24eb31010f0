using System.Net;
using System.Net.Http.Headers;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Lebenswelten.Core.Tests.Infrastructure;
using Slot = Hl7.Fhir.Model.Slot;
using Task = System.Threading.Tasks.Task;

namespace Lebenswelten.Web.Tests.Fhir;

/// <summary>
/// Search handling as FHIR R4 §3.1.1.5 describes it: lenient by default (an unknown parameter is ignored, said so in an
/// OperationOutcome entry and left out of the links), strict on request, malformed preferences never an error; the
/// result parameters _total, _summary, _elements and _format; and what the bad-input harness feeds every search.
/// </summary>
public sealed class FhirHandlingTests(AppHosts hosts)
{
    private static readonly string[] Searches = ["Slot", "Schedule", "Appointment"];

    [Theory, BothProviders]
    public async Task An_unknown_parameter_is_ignored_and_named_unless_the_client_prefers_strict_handling(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var http = await host.ApiClientAsync(FhirTestKit.Practice);
        foreach (var type in Searches)
        {
            using var lenient = await http.GetAsync($"/fhir/{type}?bogus=1&_count=5&_include=Patient:nothing");
            var bundle = (Bundle)await FhirTestKit.ResourceAsync(lenient);
            Assert.Equal("handling=lenient", lenient.Headers.GetValues("Preference-Applied").Single());
            var self = bundle.Link.Single(l => l.Relation == "self").Url!;
            Assert.EndsWith($"/fhir/{type}?_count=5", self);
            Assert.All(bundle.Link, l => Assert.DoesNotContain("bogus", l.Url));
            var outcome = (OperationOutcome)bundle.Entry.Single(e => e.Search!.Mode == Bundle.SearchEntryMode.Outcome).Resource!;
            Assert.Equal(2, outcome.Issue.Count);
            Assert.All(outcome.Issue, i => Assert.Equal(OperationOutcome.IssueSeverity.Warning, i.Severity));
            Assert.Contains(outcome.Issue, i => i.Diagnostics!.StartsWith("Der Suchparameter „bogus“ wird nicht unterstützt", StringComparison.Ordinal));

            foreach (var prefer in new[] { "handling=strict", "return=minimal, handling=\"strict\"", "HANDLING = Strict; x=y" })
            {
                using var strict = new HttpRequestMessage(HttpMethod.Get, $"/fhir/{type}?bogus=1");
                strict.Headers.TryAddWithoutValidation("Prefer", prefer);
                var refused = await FhirTestKit.OutcomeAsync(await http.SendAsync(strict), HttpStatusCode.BadRequest);
                Assert.Contains(refused.Issue, i => i.Details!.Coding.Any(c => c.Code == "Fhir.UnknownParameter"));
            }
        }
    }

    [Theory, BothProviders]
    public async Task Hostile_paging_and_malformed_preferences_get_an_answer_never_a_500(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var http = await host.ApiClientAsync(FhirTestKit.Practice);
        string[] prefers = ["", "handling", "handling=", "=;;,", "handling=maybe", "handling=strict=strict", new string('x', 4000), "handling;strict"];
        foreach (var type in Searches)
        {
            foreach (var prefer in prefers)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"/fhir/{type}?bogus=1");
                request.Headers.TryAddWithoutValidation("Prefer", prefer);
                using var response = await http.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"Prefer: {prefer} → {response.StatusCode}");
                Assert.IsType<Bundle>(await FhirTestKit.ResourceAsync(response));
            }
            foreach (var query in new[]
            {
                "_count=99999999999999999999", "_count=0", "_offset=999999", "_total=none", "_summary=count", "_elements=id",
            })
            {
                foreach (var handling in new[] { "lenient", "strict" })
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, $"/fhir/{type}?{query}");
                    request.Headers.TryAddWithoutValidation("Prefer", $"handling={handling}");
                    Assert.IsType<Bundle>(await FhirTestKit.ResourceAsync(await http.SendAsync(request)));
                }
            }
            foreach (var query in new[]
            {
                "_count=-1", "_offset=-1", "_count=1e3", "_offset=99999999", "_total=all", "_summary=maybe", "_summary=count&_summary=true",
                "_elements=", "_elements=a.b", "_elements=" + string.Join(',', Enumerable.Repeat("id", 60)),
            })
            {
                await FhirTestKit.OutcomeAsync(await http.GetAsync($"/fhir/{type}?{query}"), HttpStatusCode.BadRequest);
            }
        }
    }

    [Theory, BothProviders]
    public async Task Total_summary_and_elements_shape_the_answer(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var http = await host.ApiClientAsync(FhirTestKit.Practice);
        var (_, schedule) = await FhirTestKit.DemoScheduleAsync(host);
        var search = $"/fhir/Slot?schedule=Schedule/{schedule}&_count=3";

        var full = (Bundle)await FhirTestKit.ResourceAsync(await http.GetAsync(search));
        Assert.True(full.Total > 3);
        Assert.Null(((Bundle)await FhirTestKit.ResourceAsync(await http.GetAsync(search + "&_total=none"))).Total);

        var count = (Bundle)await FhirTestKit.ResourceAsync(await http.GetAsync(search + "&_summary=count"));
        // Other tests book slots of the same schedule meanwhile: about the same count.
        Assert.InRange(count.Total!.Value, full.Total!.Value - 10, full.Total!.Value + 10);
        Assert.Empty(count.Entry);

        var elements = (Bundle)await FhirTestKit.ResourceAsync(await http.GetAsync(search + "&_elements=start"));
        Assert.Equal(3, elements.Entry.Count);
        Assert.All(elements.Entry.Select(e => (Slot)e.Resource!), slot =>
        {
            Assert.NotNull(slot.Start);
            Assert.Empty(slot.ServiceType);
            Assert.Contains(slot.Meta!.Tag, t => t.Code == "SUBSETTED");
        });
        Assert.Contains("_elements=start", elements.Link.Single(l => l.Relation == "next").Url);
    }

    [Theory, BothProviders]
    public async Task Slots_bring_their_schedule_schedules_their_slots_and_appointments_their_slot(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var client = await FhirTestKit.ClientAsync(host);
        var (_, scheduleId) = await FhirTestKit.DemoScheduleAsync(host);

        var slots = await client.SearchAsync<Slot>(new SearchParams().Where($"schedule=Schedule/{scheduleId}").Include("Slot:schedule").LimitTo(5));
        Assert.Equal(5, slots!.Entry.Count(e => e.Search!.Mode == Bundle.SearchEntryMode.Match));
        var included = Assert.Single(slots.Entry, e => e.Search!.Mode == Bundle.SearchEntryMode.Include);
        Assert.Equal(scheduleId.ToString(), Assert.IsType<Schedule>(included.Resource).Id);

        var schedules = await client.SearchAsync<Schedule>(new SearchParams().Where($"_id={scheduleId}")
            .Add("_revinclude", "Slot:schedule"));
        var revincluded = schedules!.Entry.Where(e => e.Search!.Mode == Bundle.SearchEntryMode.Include).Select(e => (Slot)e.Resource!).ToList();
        Assert.NotEmpty(revincluded);
        Assert.All(revincluded, s => Assert.Equal($"Schedule/{scheduleId}", s.Schedule.Reference));

        var slot = await FhirTestKit.FreeSlotAsync(client, scheduleId);
        var booked = await FhirTestKit.BookAsync(client, slot.Id, "include");
        var appointments = await client.SearchAsync<Appointment>(new SearchParams().Where($"_id={booked.Id}").Include("Appointment:slot"));
        var bookedSlot = Assert.IsType<Slot>(Assert.Single(appointments!.Entry, e => e.Search!.Mode == Bundle.SearchEntryMode.Include).Resource);
        Assert.Equal(slot.Id, bookedSlot.Id);
        Assert.Equal(Slot.SlotStatus.Busy, bookedSlot.Status);
    }

    [Theory, BothProviders]
    public async Task A_client_that_speaks_XML_searches_and_books_in_XML(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var client = await FhirTestKit.ClientAsync(host, format: ResourceFormat.Xml);
        var (_, scheduleId) = await FhirTestKit.DemoScheduleAsync(host);

        var slot = await FhirTestKit.FreeSlotAsync(client, scheduleId);
        var booked = await FhirTestKit.BookAsync(client, slot.Id, "xml");
        Assert.Equal(Appointment.AppointmentStatus.Booked, booked.Status);

        using var http = await host.ApiClientAsync(FhirTestKit.Practice);
        using var xml = await http.GetAsync($"/fhir/Slot/{slot.Id}?_format=xml");
        Assert.Equal("application/fhir+xml", xml.Content.Headers.ContentType!.MediaType);
        using var html = new HttpRequestMessage(HttpMethod.Get, "/fhir/Slot");
        html.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        await FhirTestKit.OutcomeAsync(await http.SendAsync(html), HttpStatusCode.NotAcceptable);
        await FhirTestKit.OutcomeAsync(await http.GetAsync("/fhir/Slot?_format=yaml"), HttpStatusCode.NotAcceptable);
    }

    [Theory, BothProviders]
    public async Task The_CapabilityStatement_names_every_parameter_a_search_takes_and_the_page_size(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var http = await host.ApiClientAsync(null);
        var metadata = (CapabilityStatement)await FhirTestKit.ResourceAsync(await http.GetAsync("/fhir/metadata"));
        Assert.Contains("application/fhir+xml", metadata.Format);
        var rest = metadata.Rest.Single();
        string[] common = ["_count", "_offset", "_total", "_summary", "_elements", "_format"];
        Assert.Equal(common, rest.SearchParam.Select(p => p.Name));
        Assert.Contains("default 100, maximum 100", rest.SearchParam[0].Documentation);
        Assert.Equal(["Slot:schedule"], rest.Resource.Single(r => r.Type == "Slot").SearchInclude);
        Assert.Equal(["Slot:schedule"], rest.Resource.Single(r => r.Type == "Schedule").SearchRevInclude);
        Assert.Equal(["Appointment:slot"], rest.Resource.Single(r => r.Type == "Appointment").SearchInclude);

        // Every parameter it names is taken in strict handling, and nothing else.
        using var practice = await host.ApiClientAsync(FhirTestKit.Practice);
        foreach (var resource in rest.Resource)
        {
            foreach (var parameter in resource.SearchParam.Where(p => !common.Contains(p.Name)))
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"/fhir/{resource.Type}?{parameter.Name}=x");
                request.Headers.TryAddWithoutValidation("Prefer", "handling=strict");
                var answer = await FhirTestKit.ResourceAsync(await practice.SendAsync(request));
                Assert.False(answer is OperationOutcome outcome && outcome.Issue.Any(i => i.Details!.Coding.Any(c => c.Code == "Fhir.UnknownParameter")),
                    $"{resource.Type}?{parameter.Name}: {FhirTestKit.Serialize(answer)}");
            }
        }
    }
}
