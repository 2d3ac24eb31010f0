using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Tests.Offerings;

public sealed class OfferingLifecycleTests
{
    [Theory, BothProviders]
    public async Task An_offering_whose_last_session_has_ended_is_finished(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync(kit.NewDraft(sessions: 2));
        var finish = () => kit.WithAsync(s => s.GetRequiredService<OfferingLifecycle>().FinishEndedAsync(CancellationToken.None));

        Assert.Equal(0, await finish());
        kit.Clock.Advance(offering.LastSessionEnd!.Value - kit.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await finish());

        await using var db = kit.Database.CreateContext();
        Assert.Equal(OfferingStatus.Finished, (await db.Offerings.SingleAsync(o => o.Id == offering.Id)).Status);
    }
}
