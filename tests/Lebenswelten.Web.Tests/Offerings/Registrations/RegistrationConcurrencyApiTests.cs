using System.Net;
using System.Net.Http.Json;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Features.Offerings.Registrations;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Offerings.Registrations;

/// <summary>The capacity rule end to end: 200 people press "register" over HTTP at the same moment.</summary>
public sealed class RegistrationConcurrencyApiTests(AppHosts hosts)
{
    [Theory]
    [BothProviders]
    public async Task Two_hundred_parallel_requests_confirm_exactly_twenty_and_queue_the_rest_in_order(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var offering = await TestOfferings.CreateAsync(host, capacity: 20);
        using var client = host.Client();

        var responses = await Task.WhenAll(Enumerable.Range(1, 200).Select(i => client.PostAsJsonAsync(
            $"/api/offerings/{offering.Id}/registrations", new { name = $"Person {i}", email = TestOfferings.GuestEmail() })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var created = await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<RegistrationCreatedDto>(Json.Options)));
        Assert.Equal(20, created.Count(c => c!.Status == "confirmed"));
        Assert.Equal(Enumerable.Range(1, 180), created.Where(c => c!.Status == "waitlisted").Select(c => c!.WaitingListPosition!.Value)
            .Order());

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        var stored = await db.Offerings.SingleAsync(o => o.Id == offering.Id);
        Assert.Equal((20, 180), (stored.TakenPlaces, stored.WaitingCount));
        Assert.Equal(200, await db.Registrations.Where(r => r.OfferingId == offering.Id).Select(r => r.Sequence).Distinct().CountAsync());
    }
}
