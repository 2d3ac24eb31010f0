using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Tests.Offerings;

/// <summary>Capacity is exact however many people press "register" at the same moment.</summary>
public sealed class RegistrationConcurrencyTests
{
    private const int Capacity = 20;
    private const int People = 200;

    [Theory, BothProviders]
    public async Task Two_hundred_parallel_registrations_fill_exactly_twenty_places_and_queue_the_rest(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync(kit.NewDraft(capacity: Capacity));

        var receipts = await Task.WhenAll(Enumerable.Range(1, People).Select(i => Task.Run(() =>
            RegistrationServiceTests.RegisterGuestAsync(kit, offering.Id, $"person{i}@example.org"))));

        Assert.Equal(Capacity, receipts.Count(r => r.Registration.Status == RegistrationStatus.Confirmed));
        var positions = receipts.Where(r => r.Registration.Status == RegistrationStatus.Waitlisted)
            .Select(r => r.WaitingListPosition!.Value).Order().ToList();
        Assert.Equal(Enumerable.Range(1, People - Capacity), positions);

        await using var db = kit.Database.CreateContext();
        var stored = await db.Registrations.Where(r => r.OfferingId == offering.Id).ToListAsync();
        Assert.Equal(People, stored.Count);
        Assert.Equal(People, stored.Select(r => r.Sequence).Distinct().Count());
        Assert.Equal(Capacity, stored.Count(r => r.Status == RegistrationStatus.Confirmed));
        var counters = await db.Offerings.SingleAsync(o => o.Id == offering.Id);
        Assert.Equal((Capacity, People - Capacity), (counters.TakenPlaces, counters.WaitingCount));
    }

    /// <summary>A guest's duplicate is refused by the unique index when saved (OneActiveRegistration): a double click
    /// or a script sending the same address at once gets one place and 409s, never an error, and nothing of the others.</summary>
    [Theory, BothProviders]
    public async Task Ten_parallel_registrations_of_one_address_keep_one_and_refuse_nine_as_duplicates(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync(kit.NewDraft(capacity: Capacity));

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 10).Select(i => Task.Run(() =>
            kit.WithAsync(s => s.GetRequiredService<RegistrationService>()
                .RegisterAsync(offering.Id, new Registrant(null, "Dora", i % 2 == 0 ? "dora@example.org" : "DORA@Example.org"),
                    CancellationToken.None)))));

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal("Registration.Duplicate", o.Problem?.Code));
        await using var db = kit.Database.CreateContext();
        Assert.Equal(1, await db.Registrations.CountAsync(r => r.OfferingId == offering.Id));
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.To == "dora@example.org" || m.To == "DORA@Example.org"));
        var counters = await db.Offerings.SingleAsync(o => o.Id == offering.Id);
        Assert.Equal((1, 0, 2L), (counters.TakenPlaces, counters.WaitingCount, counters.NextSequence));
    }

    [Theory, BothProviders]
    public async Task Ten_parallel_cancellations_move_up_exactly_the_first_ten_of_the_waiting_list(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync(kit.NewDraft(capacity: Capacity));
        var receipts = new List<RegistrationReceipt>();
        for (var i = 1; i <= Capacity + 30; i++)
        {
            receipts.Add(await RegistrationServiceTests.RegisterGuestAsync(kit, offering.Id, $"p{i}@example.org"));
        }
        var waitingInOrder = receipts.Skip(Capacity).Select(r => r.Registration.Id).ToList();

        var cancellations = await Task.WhenAll(receipts.Take(10).Select(r => Task.Run(() =>
            kit.WithAsync(s => s.GetRequiredService<RegistrationService>()
                .CancelAsync(r.Registration.Id, new RegistrationActor(null, r.GuestToken), CancellationToken.None)))));

        Assert.All(cancellations, c => Assert.True(c.Succeeded, c.Problem?.Code));
        await using var db = kit.Database.CreateContext();
        var confirmed = await db.Registrations.Where(r => r.OfferingId == offering.Id && r.Status == RegistrationStatus.Confirmed)
            .Select(r => r.Id).ToListAsync();
        Assert.Equal(Capacity, confirmed.Count);
        Assert.Equal(waitingInOrder.Take(10).Order(), confirmed.Intersect(waitingInOrder).Order());
        var counters = await db.Offerings.SingleAsync(o => o.Id == offering.Id);
        Assert.Equal((Capacity, 20), (counters.TakenPlaces, counters.WaitingCount));
    }
}
