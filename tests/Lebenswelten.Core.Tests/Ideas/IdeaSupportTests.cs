using Lebenswelten.Core.Ideas;
using Lebenswelten.Core.Tests.Infrastructure;
using static Lebenswelten.Core.Tests.Ideas.IdeasTestKit;

namespace Lebenswelten.Core.Tests.Ideas;

/// <summary>Support once per person: the rule, and the database behind it when one person's requests race.</summary>
public sealed class IdeaSupportTests
{
    [Theory, BothProviders]
    public async Task Residents_support_a_published_idea_once_each_and_may_take_it_back(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var idea = await kit.PublishedAsync();
        var pending = Ok(await kit.ProposeAsync(kit.Resident, "Noch nicht veröffentlicht"));
        var neighbour = await kit.ResidentAsync("nachbar");

        Assert.Equal(1, Ok(await kit.SupportAsync(idea.Id, kit.Resident)));
        Assert.Equal(2, Ok(await kit.SupportAsync(idea.Id, neighbour)));
        Assert.Equal("Idea.AlreadySupported", (await kit.SupportAsync(idea.Id, neighbour)).Problem!.Code);
        Assert.Equal("Idea.NotFound", (await kit.SupportAsync(pending.Id, neighbour)).Problem!.Code);
        Assert.Equal("Idea.Forbidden", (await kit.SupportAsync(idea.Id, new(null, "127.0.0.1"))).Problem!.Code);
        var withdrawn = await kit.WithAsync<Outcome<int>, IdeaSupports>(s => s.WithdrawAsync(idea.Id, neighbour, CancellationToken.None));
        Assert.Equal(1, withdrawn.Value);
        Assert.Equal("Idea.NotSupported", (await kit.WithAsync<Outcome<int>, IdeaSupports>(s => s.WithdrawAsync(idea.Id, neighbour, CancellationToken.None))).Problem!.Code);
        var listing = await kit.WithAsync<IdeaListing, IdeaDirectory>(d => d.ListingAsync(idea.Id, CancellationToken.None));
        Assert.Equal(1, listing.Supports);
    }

    [Theory, BothProviders]
    public async Task Thirty_supports_fired_at_once_by_one_person_count_exactly_once(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var idea = await kit.PublishedAsync();
        var stuffer = await kit.ResidentAsync("stuffer");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => Task.Run(() => kit.SupportAsync(idea.Id, stuffer))));

        Assert.Equal(1, outcomes.Count(o => o.Succeeded));
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal("Idea.AlreadySupported", o.Problem!.Code));
        await using var db = kit.Database.CreateContext();
        Assert.Equal(1, await db.IdeaSupports.CountAsync(s => s.IdeaId == idea.Id));
    }
}
