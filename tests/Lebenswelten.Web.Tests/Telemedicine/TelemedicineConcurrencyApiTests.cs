using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Telemedicine;

/// <summary>The no-double-booking rule over HTTP: 120 people press "book" for the same slot at the same moment.</summary>
public sealed class TelemedicineConcurrencyApiTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task Of_120_parallel_bookings_of_one_slot_exactly_one_succeeds_and_the_rest_get_409(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var setup = await TestTelemedicine.CreateAsync(host);
        var slot = setup.Slot(TestTelemedicine.Tomorrow, 11, 15);
        using var client = host.Client();

        var responses = await Task.WhenAll(Enumerable.Range(1, 120).Select(i => client.PostAsJsonAsync("/api/telemedicine/appointments",
            new { slotId = slot, kind = "FollowUp", name = $"Person {i}", email = TestTelemedicine.GuestEmail() })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var refused = responses.Where(r => r.StatusCode != HttpStatusCode.Created).ToList();
        Assert.Equal(119, refused.Count);
        foreach (var response in refused)
        {
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Contains(body.RootElement.GetProperty("code").GetString(), new[] { "Slot.Taken", "Room.Taken" });
        }
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        Assert.Equal(1,
            await db.TelemedicineAppointments.CountAsync(a => a.ScheduleId == setup.Schedule.Id && a.Status == AppointmentStatus.Booked));
        Assert.Equal(1, await db.TelemedicineAppointments.CountAsync(a => a.RoomId == setup.Room.Id));
    }
}
