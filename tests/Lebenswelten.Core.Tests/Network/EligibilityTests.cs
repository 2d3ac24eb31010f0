using Lebenswelten.Core.Network.Partnerships;
using Lebenswelten.Core.Tests.Infrastructure;
using static Lebenswelten.Core.Tests.Network.NetworkTestKit;

namespace Lebenswelten.Core.Tests.Network;

public sealed class EligibilityTests
{
    [Theory, BothProviders]
    public async Task The_coordinator_gives_evidence_the_insurer_confirms_and_decides_and_the_history_keeps_every_step(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var criterion = EligibilityCriterion.HasStrategicActionConcept;

        var unconfirmedDecision = await kit.With<EligibilityReview, Outcome<EligibilityCheck>>(r =>
            r.DecideAsync(kit.Site.Id, EligibilityDecision.Eligible, null, kit.InsurerOfficer, None));
        var withoutEvidence = await kit.With<EligibilityReview, Outcome<EligibilityCheck>>(r => r.ConfirmAsync(kit.Site.Id, criterion, true, kit.InsurerOfficer, None));
        var byCoordinator = await kit.With<EligibilityReview, Outcome<EligibilityCheck>>(r => r.ConfirmAsync(kit.Site.Id, criterion, true, kit.Coordinator, None));
        var evidenceByInsurer = await kit.With<EligibilityReview, Outcome<EligibilityCheck>>(r =>
            r.SaveEvidenceAsync(kit.Site.Id, criterion, "x", kit.InsurerOfficer, None));
        var byProvider = await kit.With<EligibilityReview, Outcome<EligibilityView>>(r => r.FindAsync(kit.Site.Id, kit.Provider.UserId, None));
        await kit.MakeEligibleAsync();
        kit.Clock.Advance(TimeSpan.FromHours(1));
        var changed = await kit.With<EligibilityReview, Outcome<EligibilityCheck>>(r =>
            r.SaveEvidenceAsync(kit.Site.Id, criterion, "Neues Konzept 2026", kit.Coordinator, None));
        var view = (await kit.With<EligibilityReview, Outcome<EligibilityView>>(r => r.FindAsync(kit.Site.Id, kit.InsurerOfficer.UserId, None))).Value!;

        Assert.Equal("Eligibility.Incomplete", unconfirmedDecision.Problem!.Code);
        Assert.Equal("Eligibility.NoEvidence", withoutEvidence.Problem!.Code);
        Assert.Equal("Eligibility.Forbidden", byCoordinator.Problem!.Code);
        Assert.Equal("Eligibility.Forbidden", evidenceByInsurer.Problem!.Code);
        Assert.Equal("Eligibility.NotFound", byProvider.Problem!.Code);
        // New evidence needs a new look: the confirmation goes, and the decision that rested on it is open again.
        Assert.Equal(EligibilityDecision.Open, changed.Value!.Decision);
        Assert.Null(view.Check.Criteria.Single(c => c.Criterion == criterion).ConfirmedAt);
        Assert.Equal("Ines Kasse (AOK Test)", view.Check.Criteria.Single(c => c.Criterion == EligibilityCriterion.EngagedInHealthPromotion).ConfirmedByName);
        Assert.True(view.IsPriority);
        Assert.Equal([EligibilityEventKind.EvidenceChanged, EligibilityEventKind.ConfirmationWithdrawn, EligibilityEventKind.Decided],
            view.History.Take(3).Select(e => e.Kind).Order());
        Assert.Equal(EligibilityDecision.Open, view.History.Take(3).Single(e => e.Kind == EligibilityEventKind.Decided).Decision);
        Assert.Equal(10, view.History.Count);
        Assert.Contains(view.History, e => e is { Kind: EligibilityEventKind.Decided, Decision: EligibilityDecision.Eligible, Note: "Alle Kriterien erfüllt." });
    }
}
