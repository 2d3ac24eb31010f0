using Lebenswelten.Core.Network;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Network.Partnerships;
using Lebenswelten.Core.Tests.Infrastructure;
using static Lebenswelten.Core.Tests.Network.NetworkTestKit;

namespace Lebenswelten.Core.Tests.Network;

public sealed class NetworkGraphTests
{
    [Theory, BothProviders]
    public async Task The_graph_shows_memberships_and_the_agreements_the_person_may_read_filtered_by_kind(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var network = await kit.NetworkAsync();
        await kit.With<AgreementEditor, Outcome<Agreement>>(e => e.CreateAsync(kit.Site.Id, AgreementTests.Partnership(kit), kit.Coordinator, None));

        var coordinator = (await kit.With<NetworkGraphs, Outcome<NetworkGraph>>(g => g.BuildAsync(kit.Site.Id, kit.Coordinator.UserId, None))).Value!;
        var provider2 = (await kit.With<NetworkGraphs, Outcome<NetworkGraph>>(g => g.BuildAsync(kit.Site.Id, kit.Provider.UserId, None))).Value!;
        var resident = await kit.With<NetworkGraphs, Outcome<NetworkGraph>>(g => g.BuildAsync(kit.Site.Id, kit.Resident.UserId, None));
        var insurersOnly = coordinator.Of([OrganisationKind.Insurer, OrganisationKind.SportsClub]);

        Assert.Equal(4, coordinator.Organisations.Count);
        Assert.Equal(new[] { kit.Municipality.Id, kit.Insurer.Id }.Order(),
            coordinator.Memberships.Where(m => m.NetworkId == network.Id).Select(m => m.OrganisationId).Order());
        Assert.Equal((kit.Municipality.Id, kit.Insurer.Id), Assert.Single(coordinator.AgreementLinks()) is var link ? (link.From, link.To) : default);
        Assert.Empty(provider2.Agreements);
        Assert.Equal(ProblemKind.Forbidden, resident.Problem!.Kind);
        Assert.Equal(["AOK Test", "Sportverein Test"], insurersOnly.Organisations.Select(o => o.Name));
        Assert.Single(insurersOnly.Memberships);
        Assert.Empty(insurersOnly.Agreements);
    }
}
