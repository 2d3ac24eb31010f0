using Lebenswelten.Core.Network;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Network.Partnerships;
using Lebenswelten.Core.Tests.Infrastructure;
using static Lebenswelten.Core.Tests.Network.NetworkTestKit;

namespace Lebenswelten.Core.Tests.Network;

public sealed class AgreementTests
{
    public static AgreementDraft Partnership(NetworkTestKit kit, string title = "Gesundheitspartnerschaft Teststadt") =>
        new(AgreementKind.HealthPartnership, title, "Gesund aufwachsen in der Teststadt.", new DateOnly(2026, 4, 1), new DateOnly(2028, 3, 31),
            FieldsOfAction.GrowingUpHealthy | FieldsOfAction.AgeingHealthy,
            LifePhases.PregnancyAndBirth | LifePhases.EarlyChildhood | LifePhases.SchoolAge, TargetGroups.Children | TargetGroups.Families, [],
            [new(kit.Municipality.Id, "Oberbürgermeisterin Test", "Oberbürgermeisterin"), new(kit.Insurer.Id, "Regina Region", "Regionalgeschäftsführerin")]);

    [Theory, BothProviders]
    public async Task An_insurers_officers_see_its_agreements_at_every_site_and_others_only_their_own(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var created = await kit.With<AgreementEditor, Outcome<Agreement>>(e => e.CreateAsync(kit.Site.Id, Partnership(kit), kit.Coordinator, None));
        var id = created.Value!.Id;

        async Task<string?> ReadBy(Lebenswelten.Core.Privacy.AuditActor who) =>
            (await kit.With<AgreementDirectory, Outcome<AgreementView>>(d => d.FindAsync(id, who.UserId, None))).Problem?.Code;
        async Task<int> ListedBy(Lebenswelten.Core.Privacy.AuditActor who) =>
            (await kit.With<AgreementDirectory, AgreementPage>(d => d.ListAsync(null, who.UserId, 1, 20, None))).Total;

        Assert.Null(await ReadBy(kit.Coordinator));
        Assert.Null(await ReadBy(kit.InsurerOfficer));
        // The same insurer (by its IK) at another site: its officer there sees it too, though they hold no role here.
        Assert.Null(await ReadBy(kit.OtherInsurerOfficer));
        Assert.Equal(1, await ListedBy(kit.OtherInsurerOfficer));
        Assert.Null(await ReadBy(kit.Administrator));
        Assert.Equal("Agreement.NotFound", await ReadBy(kit.Provider));
        Assert.Equal("Agreement.NotFound", await ReadBy(kit.OtherCoordinator));
        Assert.Equal("Agreement.NotFound", await ReadBy(kit.Resident));
        Assert.Equal(0, await ListedBy(kit.OtherCoordinator));
    }

    [Theory, BothProviders]
    public async Task A_health_partnership_is_signed_by_the_insurer_once_the_municipality_is_eligible_and_then_residents_see_it(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var id = (await kit.With<AgreementEditor, Outcome<Agreement>>(e => e.CreateAsync(kit.Site.Id, Partnership(kit), kit.Coordinator, None))).Value!.Id;
        var signedOn = new DateOnly(2026, 3, 1);

        var beforeReview = await kit.With<AgreementSigning, Outcome<Agreement>>(s => s.SignAsync(id, signedOn, kit.InsurerOfficer, None));
        await kit.MakeEligibleAsync();
        var byCoordinator = await kit.With<AgreementSigning, Outcome<Agreement>>(s => s.SignAsync(id, signedOn, kit.Coordinator, None));
        var inFuture = await kit.With<AgreementSigning, Outcome<Agreement>>(s => s.SignAsync(id, new DateOnly(2027, 1, 1), kit.InsurerOfficer, None));
        var publicBefore = await kit.With<AgreementDirectory, IReadOnlyList<AgreementSummary>>(d => d.PublicAsync(kit.Site.Id, None));
        var signed = await kit.With<AgreementSigning, Outcome<Agreement>>(s => s.SignAsync(id, signedOn, kit.OtherInsurerOfficer, None));
        var twice = await kit.With<AgreementSigning, Outcome<Agreement>>(s => s.SignAsync(id, signedOn, kit.InsurerOfficer, None));
        var edited = await kit.With<AgreementEditor, Outcome<Agreement>>(e => e.UpdateAsync(id, Partnership(kit, "Neu"), kit.Coordinator, None));
        var publicAfter = await kit.With<AgreementDirectory, IReadOnlyList<AgreementSummary>>(d => d.PublicAsync(kit.Site.Id, None));

        Assert.Equal("Agreement.NotEligible", beforeReview.Problem!.Code);
        Assert.Equal("Agreement.Forbidden", byCoordinator.Problem!.Code);
        Assert.Equal(["InTheFuture"], inFuture.Problem!.FieldErrors!["SignedOn"]);
        Assert.Empty(publicBefore);
        Assert.Equal(signedOn, signed.Value!.SignedOn);
        Assert.Equal("Agreement.AlreadySigned", twice.Problem!.Code);
        Assert.Equal("Agreement.Signed", edited.Problem!.Code);
        var summary = Assert.Single(publicAfter);
        Assert.Equal(AgreementStatus.Signed, summary.Status);
        Assert.Equal(["Stadt Test", "AOK Test"], summary.Parties);
        kit.Clock.Advance(TimeSpan.FromDays(31));
        Assert.Equal(AgreementStatus.Active, (await kit.With<AgreementDirectory, AgreementSummary?>(d => d.SummaryAsync(id, None)))!.Status);
    }

    [Theory, BothProviders]
    public async Task An_agreement_is_between_two_or_more_of_the_sites_organisations_and_an_insurer_drafts_only_its_own(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var draft = Partnership(kit);

        var alone = await kit.With<AgreementEditor, Outcome<Agreement>>(e => e.CreateAsync(kit.Site.Id,
            draft with { Parties = [new(kit.Municipality.Id)], Kind = (AgreementKind)99, Title = " " }, kit.Coordinator, None));
        var foreign = await kit.With<AgreementEditor, Outcome<Agreement>>(e => e.CreateAsync(kit.Site.Id,
            draft with { Parties = [new(kit.Municipality.Id), new(kit.OtherInsurer.Id)] }, kit.Coordinator, None));
        var notTheirs = await kit.With<AgreementEditor, Outcome<Agreement>>(e => e.CreateAsync(kit.Site.Id,
            draft with { Kind = AgreementKind.CooperationAgreement, Parties = [new(kit.Municipality.Id), new(kit.Club.Id)] }, kit.InsurerOfficer, None));
        var byProvider = await kit.With<AgreementEditor, Outcome<Agreement>>(e => e.CreateAsync(kit.Site.Id, draft, kit.Provider, None));
        var ownByInsurer = await kit.With<AgreementEditor, Outcome<Agreement>>(e => e.CreateAsync(kit.Site.Id, draft, kit.InsurerOfficer, None));
        var letterOfIntent = await kit.With<AgreementEditor, Outcome<Agreement>>(e => e.CreateAsync(kit.Site.Id,
            draft with { Kind = AgreementKind.LetterOfIntent, Parties = [new(kit.Municipality.Id), new(kit.Club.Id)] }, kit.Coordinator, None));
        var signedByCoordinator = await kit.With<AgreementSigning, Outcome<Agreement>>(s =>
            s.SignAsync(letterOfIntent.Value!.Id, new DateOnly(2026, 3, 2), kit.Coordinator, None));

        Assert.Equal(["TooFew"], alone.Problem!.FieldErrors!["Parties"]);
        Assert.Equal(["Unknown"], alone.Problem.FieldErrors["Kind"]);
        Assert.Equal(["Required"], alone.Problem.FieldErrors["Title"]);
        Assert.Equal(["NotAtSite"], foreign.Problem!.FieldErrors!["Parties"]);
        Assert.Equal(["MustIncludeYours"], notTheirs.Problem!.FieldErrors!["Parties"]);
        Assert.Equal("Agreement.Forbidden", byProvider.Problem!.Code);
        Assert.True(ownByInsurer.Succeeded);
        Assert.True(signedByCoordinator.Succeeded, "without an insurer among the parties, the coordinator records the signing");
    }

    [Theory, BothProviders]
    public async Task Only_the_administrator_joins_an_organisation_to_an_insurer_known_at_other_sites(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var fake = await kit.With<OrganisationProfiles, Outcome<Organisation>>(p =>
            p.CreateAsync(kit.Site.Id, new OrganisationDraft("Kasse Eigenbau", OrganisationKind.Insurer), kit.Coordinator, None));

        var byCoordinator = await kit.With<OrganisationIdentities, Outcome<Organisation>>(i => i.LinkByIkAsync(fake.Value!.Id, Ik, kit.Coordinator, None));
        var badIk = await kit.With<OrganisationIdentities, Outcome<Organisation>>(i => i.LinkByIkAsync(fake.Value!.Id, "107299006", kit.Administrator, None));
        var notInsurer = await kit.With<OrganisationIdentities, Outcome<Organisation>>(i => i.LinkByIkAsync(kit.Club.Id, Ik, kit.Administrator, None));
        var linked = await kit.With<OrganisationIdentities, Outcome<Organisation>>(i => i.LinkByIkAsync(fake.Value!.Id, "107299005", kit.Administrator, None));

        Assert.Equal("Organisation.Forbidden", byCoordinator.Problem!.Code);
        Assert.Equal(["InvalidIk"], badIk.Problem!.FieldErrors!["Ik"]);
        Assert.Equal(["OnlyInsurers"], notInsurer.Problem!.FieldErrors!["Ik"]);
        Assert.Equal(kit.Insurer.IdentityId, linked.Value!.IdentityId);
    }

    [Theory]
    [InlineData("107299005", true)]
    [InlineData("108310400", true)]
    [InlineData("107299004", false)]
    [InlineData("10729900", false)]
    [InlineData("10729900x", false)]
    public void The_institution_code_carries_a_check_digit(string ik, bool valid) => Assert.Equal(valid, InstitutionCode.IsValid(ik));
}
