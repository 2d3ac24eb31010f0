using Lebenswelten.Core.Network;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Tests.Infrastructure;
using static Lebenswelten.Core.Tests.Network.NetworkTestKit;

namespace Lebenswelten.Core.Tests.Network;

public sealed class NetworkMembershipTests
{
    [Theory, BothProviders]
    public async Task A_coordinator_creates_a_network_and_adds_the_sites_organisations_with_a_role(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var network = await kit.NetworkAsync();

        var other = await kit.With<Networks, Outcome<NetworkMembership>>(n =>
            n.AddMemberAsync(network.Id, new MemberDraft(kit.OtherInsurer.Id, NetworkRole.Member), kit.Coordinator, None));
        var twice = await kit.With<Networks, Outcome<NetworkMembership>>(n =>
            n.AddMemberAsync(network.Id, new MemberDraft(kit.Insurer.Id, NetworkRole.Member), kit.Coordinator, None));
        var view = await kit.With<Networks, Outcome<NetworkView>>(n => n.FindAsync(network.Id, kit.Provider.UserId, None));

        Assert.Equal(["NotAtSite"], other.Problem!.FieldErrors!["OrganisationId"]);
        Assert.Equal("Network.AlreadyMember", twice.Problem!.Code);
        Assert.Equal([("Stadt Test", NetworkRole.Coordinator), ("AOK Test", NetworkRole.Member)],
            view.Value!.Members.Select(m => (m.Organisation!.Name, m.Role)));
        Assert.Equal(new DateOnly(2026, 3, 2), view.Value.Members[0].JoinedOn);
        Assert.False(view.Value.Context.IsMember);
    }

    [Theory, BothProviders]
    public async Task Only_the_sites_coordinators_manage_and_another_sites_people_find_nothing(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var network = await kit.NetworkAsync();

        var byProvider = await kit.With<Networks, Outcome<HealthNetwork>>(n => n.CreateAsync(kit.Site.Id, new NetworkDraft("Eigenes"), kit.Provider, None));
        var addedByInsurer = await kit.With<Networks, Outcome<NetworkMembership>>(n =>
            n.AddMemberAsync(network.Id, new MemberDraft(kit.Club.Id, NetworkRole.Member), kit.InsurerOfficer, None));
        var seenFromElsewhere = await kit.With<Networks, Outcome<NetworkView>>(n => n.FindAsync(network.Id, kit.OtherCoordinator.UserId, None));
        var seenByResident = await kit.With<Networks, Outcome<NetworkView>>(n => n.FindAsync(network.Id, kit.Resident.UserId, None));
        var listedElsewhere = await kit.With<Networks, Outcome<IReadOnlyList<NetworkSummary>>>(n =>
            n.ListAsync(kit.Site.Id, kit.OtherCoordinator.UserId, None));
        var byAdministrator = await kit.With<Networks, Outcome<NetworkMembership>>(n =>
            n.AddMemberAsync(network.Id, new MemberDraft(kit.Club.Id, NetworkRole.Member), kit.Administrator, None));

        Assert.Equal(ProblemKind.Forbidden, byProvider.Problem!.Kind);
        Assert.Equal("Network.Forbidden", addedByInsurer.Problem!.Code);
        Assert.Equal("Network.NotFound", seenFromElsewhere.Problem!.Code);
        Assert.Equal("Network.NotFound", seenByResident.Problem!.Code);
        Assert.Equal(ProblemKind.Forbidden, listedElsewhere.Problem!.Kind);
        Assert.True(byAdministrator.Succeeded);
    }

    [Theory, BothProviders]
    public async Task A_working_group_takes_its_members_from_the_network_and_its_name_once(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var network = await kit.NetworkAsync();

        var outsider = await kit.With<WorkingGroups, Outcome<WorkingGroup>>(w => w.CreateAsync(network.Id,
            new WorkingGroupDraft("AG Bewegung", "Mehr Bewegung", null, [kit.Insurer.Id, kit.Club.Id]), kit.Coordinator, None));
        var created = await kit.With<WorkingGroups, Outcome<WorkingGroup>>(w => w.CreateAsync(network.Id,
            new WorkingGroupDraft("AG Bewegung", "Mehr Bewegung im Quartier", new DateOnly(2018, 9, 1), [kit.Insurer.Id, kit.Municipality.Id]),
            kit.Coordinator, None));
        var again = await kit.With<WorkingGroups, Outcome<WorkingGroup>>(w => w.CreateAsync(network.Id,
            new WorkingGroupDraft("AG Bewegung", null, null, []), kit.Coordinator, None));

        Assert.Equal(["NotMember"], outsider.Problem!.FieldErrors!["OrganisationIds"]);
        Assert.Equal((new DateOnly(2018, 9, 1), 2), (created.Value!.StartedOn, created.Value.Members.Count));
        Assert.Equal(["Taken"], again.Problem!.FieldErrors!["Name"]);
    }

    [Theory, BothProviders]
    public async Task Leaving_the_network_also_leaves_its_working_groups(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var network = await kit.NetworkAsync();
        await kit.With<WorkingGroups, Outcome<WorkingGroup>>(w => w.CreateAsync(network.Id,
            new WorkingGroupDraft("AG Alter", null, null, [kit.Insurer.Id]), kit.Coordinator, None));

        var removed = await kit.With<Networks, Outcome<bool>>(n => n.RemoveMemberAsync(network.Id, kit.Insurer.Id, kit.Coordinator, None));
        var again = await kit.With<Networks, Outcome<bool>>(n => n.RemoveMemberAsync(network.Id, kit.Insurer.Id, kit.Coordinator, None));

        Assert.True(removed.Value);
        Assert.Equal("Network.MemberNotFound", again.Problem!.Code);
        await using var db = kit.Database.CreateContext();
        Assert.False(await db.WorkingGroupMembers.AnyAsync(m => m.OrganisationId == kit.Insurer.Id));
    }
}
