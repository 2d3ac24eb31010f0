using System.Net;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using Hl7.Fhir.Rest;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Fhir;

public sealed class FhirPagingTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task Practice_software_pages_through_the_free_slots_ten_at_a_time_with_FhirClient_and_books_one(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var client = await FhirTestKit.ClientAsync(host);
        var (_, schedule) = await FhirTestKit.DemoScheduleAsync(host);

        var page = await client.SearchAsync<Slot>([$"schedule=Schedule/{schedule}", "status=free", "_count=10"]);
        var total = page!.Total!.Value;
        Assert.True(total > 10, $"The demo schedule should have more than ten free slots, has {total}.");
        var seen = new List<string>();
        var pages = 0;
        while (page is not null)
        {
            pages++;
            Assert.True(page.Entry.Count <= 10);
            Assert.Contains(page.Link, l => l.Relation == "first");
            Assert.Contains(page.Link, l => l.Relation == "last");
            Assert.All(page.Entry, e => Assert.Equal(Slot.SlotStatus.Free, ((Slot)e.Resource!).Status));
            seen.AddRange(page.Entry.Select(e => e.Resource!.Id!));
            page = await client.ContinueAsync(page);
        }
        // Other tests book and cancel slots of the same schedule meanwhile: the pages stay put (cut from every slot,
        // free or busy), so none is repeated, and about as many as counted at first are seen.
        Assert.True(pages >= (total + 9) / 10, $"{pages} pages for {total} free slots");
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.InRange(seen.Count, total - 20, total + 20);

        var slot = seen[^1];
        var booked = await FhirTestKit.BookAsync(client, slot, nameof(Practice_software_pages_through_the_free_slots_ten_at_a_time_with_FhirClient_and_books_one));
        Assert.Equal(Appointment.AppointmentStatus.Booked, booked.Status);
    }

    [Theory, BothProviders]
    public async Task A_huge_count_is_served_as_the_maximum_and_negative_or_unreadable_paging_is_a_400(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var http = await host.ApiClientAsync(FhirTestKit.Practice);

        var huge = (Bundle)await FhirTestKit.ResourceAsync(await http.GetAsync("/fhir/Slot?_count=99999999999999999999"));
        Assert.True(huge.Entry.Count <= 100);
        foreach (var query in new[] { "_count=-1", "_offset=-5", "_count=abc", "_offset=99999999", "_count=1&_count=2" })
        {
            var outcome = await FhirTestKit.OutcomeAsync(await http.GetAsync($"/fhir/Slot?{query}"), HttpStatusCode.BadRequest);
            Assert.Contains(outcome.Issue, i => i.Details!.Coding.Any(c => c.Code == "Fhir.InvalidParameter"));
        }
        var empty = (Bundle)await FhirTestKit.ResourceAsync(await http.GetAsync("/fhir/Slot?_offset=999999"));
        Assert.Empty(empty.Entry);
    }
}
