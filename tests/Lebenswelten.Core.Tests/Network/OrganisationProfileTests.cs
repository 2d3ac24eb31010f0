using Lebenswelten.Core.Network;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Tests.Infrastructure;
using static Lebenswelten.Core.Tests.Network.NetworkTestKit;

namespace Lebenswelten.Core.Tests.Network;

public sealed class OrganisationProfileTests
{
    [Theory, BothProviders]
    public async Task An_organisations_own_people_edit_its_profile_but_only_the_coordinators_its_name_and_kind(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var club = kit.Club;
        var profile = new OrganisationDraft(club.Name, club.Kind, Description: "Fußball und Laufen für Kinder in Lobeda",
            Website: "https://sportverein.example", FieldsOfWork: FieldsOfAction.GrowingUpHealthy, TargetGroups: TargetGroups.Children);

        var own = await kit.With<OrganisationProfiles, Outcome<Organisation>>(p => p.UpdateAsync(club.Id, profile, kit.Provider, None));
        Assert.True(own.Succeeded, own.Problem?.Code);
        // Turned into an insurer, the club would be offered as a funder: its own people may not.
        var asInsurer = await kit.With<OrganisationProfiles, Outcome<Organisation>>(p =>
            p.UpdateAsync(club.Id, profile with { Kind = OrganisationKind.Insurer, Name = "AOK" }, kit.Provider, None));
        Assert.Equal(["Kind", "Name"], asInsurer.Problem!.FieldErrors!.Keys.Order());
        var renamed = await kit.With<OrganisationProfiles, Outcome<Organisation>>(p =>
            p.UpdateAsync(club.Id, profile with { Name = "SV Lobeda 1990" }, kit.Coordinator, None));
        Assert.True(renamed.Succeeded, renamed.Problem?.Code);
        // Someone else's organisation: the care service's staff may not touch the club.
        var stranger = await kit.With<OrganisationProfiles, Outcome<Organisation>>(p => p.UpdateAsync(club.Id, profile, kit.CareStaff, None));
        Assert.Equal(ProblemKind.Forbidden, stranger.Problem!.Kind);

        await using var db = kit.Database.CreateContext();
        var stored = await db.Organisations.SingleAsync(o => o.Id == club.Id);
        Assert.Equal(("SV Lobeda 1990", OrganisationKind.SportsClub, TargetGroups.Children), (stored.Name, stored.Kind, stored.TargetGroups));
    }
}
