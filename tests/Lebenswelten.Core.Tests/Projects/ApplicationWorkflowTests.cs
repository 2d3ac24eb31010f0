using Lebenswelten.Core.Projects;
using Lebenswelten.Core.Tests.Infrastructure;
using static Lebenswelten.Core.Tests.Projects.ProjectsTestKit;

namespace Lebenswelten.Core.Tests.Projects;

public sealed class ApplicationWorkflowTests
{
    [Theory, BothProviders]
    public async Task An_application_goes_through_both_stages_each_step_by_its_side_and_every_step_stays_in_the_history(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var source = await kit.SourceAsync("Projektmittel Kasse A", FundingSourceKind.InsurerProjectFunds);
        await kit.PlanAsync(source, 50_000_00);
        var application = await kit.ApplyAsync(await kit.ProjectAsync(), source, 12_000_00);

        Assert.Equal(ProblemKind.Forbidden, (await kit.StepAsync(application.Id, ApplicationStep.Invite, kit.Coordinator)).Problem!.Kind);
        Ok(await kit.StepAsync(application.Id, ApplicationStep.SubmitIdea, kit.Coordinator, new("Projektskizze anbei")));
        Assert.Equal("Application.WrongState", (await kit.StepAsync(application.Id, ApplicationStep.SubmitIdea, kit.Coordinator)).Problem!.Code);
        Ok(await kit.StepAsync(application.Id, ApplicationStep.Invite, kit.OfficerA, new(DueOn: new DateOnly(2026, 4, 30))));
        Ok(await kit.StepAsync(application.Id, ApplicationStep.Submit, kit.Coordinator));
        Ok(await kit.StepAsync(application.Id, ApplicationStep.Review, kit.OfficerA));
        Assert.Equal(ProblemKind.Forbidden, (await kit.StepAsync(application.Id, ApplicationStep.Approve, kit.Coordinator, new(AmountCents: 1))).Problem!.Kind);
        Ok(await kit.StepAsync(application.Id, ApplicationStep.Approve, kit.OfficerA,
            new("Gutes Konzept", 10_000_00, "Zwischenbericht nach sechs Monaten", DueOn: new DateOnly(2027, 1, 31))));
        Ok(await kit.StepAsync(application.Id, ApplicationStep.Start, kit.Coordinator));
        Ok(await kit.StepAsync(application.Id, ApplicationStep.Spend, kit.Coordinator, new(AmountCents: 4_000_00)));
        Ok(await kit.StepAsync(application.Id, ApplicationStep.Report, kit.Coordinator, new("40 Väter mit 55 Kindern erreicht.")));
        var closed = Ok(await kit.StepAsync(application.Id, ApplicationStep.Close, kit.OfficerA));

        Assert.Equal(ApplicationStatus.Closed, closed.Status);
        var view = Ok(await kit.WithAsync<Outcome<ApplicationView>, ApplicationDesk>(d => d.OpenAsync(application.Id, kit.Coordinator, default)));
        Assert.Equal([ApplicationStatus.IdeaSubmitted, ApplicationStatus.InvitedToFullApplication, ApplicationStatus.Submitted, ApplicationStatus.UnderReview,
                ApplicationStatus.Approved, ApplicationStatus.InProgress, ApplicationStatus.FinalReportSubmitted, ApplicationStatus.Closed],
            view.Application.History.Where(e => e.Kind == ApplicationEventKind.StatusChanged).Select(e => e.To!.Value));
        Assert.Contains(view.Application.History, e => e.Kind == ApplicationEventKind.Spending && e.AmountCents == 4_000_00);
        Assert.Equal(("Zwischenbericht nach sechs Monaten", "40 Väter mit 55 Kindern erreicht."), (view.Application.Conditions, view.Application.FinalReport));
    }

    [Theory, BothProviders]
    public async Task The_budget_figures_add_up_through_approvals_spending_rejection_and_close(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var source = await kit.SourceAsync("Projektmittel Kasse A", FundingSourceKind.InsurerProjectFunds);
        var budget = await kit.PlanAsync(source, 30_000_00);
        var project = await kit.ProjectAsync();
        var first = await kit.UnderReviewAsync(project, source, 10_000_00);
        var second = await kit.UnderReviewAsync(project, source, 15_000_00);
        var third = await kit.UnderReviewAsync(project, source, 9_000_00);

        Ok(await kit.StepAsync(first.Id, ApplicationStep.Approve, kit.OfficerA, new(AmountCents: 8_000_00)));
        Ok(await kit.StepAsync(second.Id, ApplicationStep.Approve, kit.OfficerA, new(AmountCents: 15_000_00)));
        Assert.Equal("Budget.Exceeded", (await kit.StepAsync(third.Id, ApplicationStep.Approve, kit.OfficerA, new(AmountCents: 9_000_00))).Problem!.Code);
        Ok(await kit.StepAsync(third.Id, ApplicationStep.Reject, kit.OfficerA, new(Reason: "Budget erschöpft")));
        Ok(await kit.StepAsync(first.Id, ApplicationStep.Start, kit.Coordinator));
        Ok(await kit.StepAsync(first.Id, ApplicationStep.Spend, kit.Coordinator, new(AmountCents: 6_500_00)));
        Assert.Equal("AboveGrant", (await kit.StepAsync(first.Id, ApplicationStep.Spend, kit.Coordinator, new(AmountCents: 2_000_00)))
            .Problem!.FieldErrors!["AmountCents"].Single());
        Ok(await kit.StepAsync(first.Id, ApplicationStep.Report, kit.Coordinator, new("Bericht")));
        Ok(await kit.StepAsync(first.Id, ApplicationStep.Close, kit.OfficerA));

        var figures = await kit.BudgetAsync(budget.Id);
        // Committed: the second grant in full and what the first really spent; its unspent 1,500 euros went back.
        Assert.Equal((30_000_00L, 21_500_00L, 6_500_00L, 8_500_00L),
            (figures.PlannedCents, figures.CommittedCents, figures.SpentCents, figures.AvailableCents));
        var overview = Ok(await kit.WithAsync<Outcome<BudgetOverview>, BudgetBook>(b => b.OverviewAsync(kit.Site.Id, 2026, kit.Coordinator.UserId, default)));
        Assert.Equal((30_000_00L, 21_500_00L, 6_500_00L), (overview.PlannedCents, overview.CommittedCents, overview.SpentCents));
        Assert.Equal("Budget.BelowCommitted", (await kit.WithAsync<Outcome<Budget>, FundingSetup>(s =>
            s.PlanAsync(source.Id, 2026, 20_000_00, kit.OfficerA, default))).Problem!.Code);
    }

    [Theory, BothProviders]
    public async Task An_approval_over_the_budget_needs_an_explicit_override_with_a_reason_which_the_history_keeps(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var source = await kit.SourceAsync("Projektmittel Kasse A", FundingSourceKind.InsurerProjectFunds);
        var budget = await kit.PlanAsync(source, 5_000_00);
        var application = await kit.UnderReviewAsync(await kit.ProjectAsync(), source, 7_000_00);

        var refused = await kit.StepAsync(application.Id, ApplicationStep.Approve, kit.OfficerA, new(AmountCents: 7_000_00));
        var withoutReason = await kit.StepAsync(application.Id, ApplicationStep.Approve, kit.OfficerA, new(AmountCents: 7_000_00, Override: true));
        Ok(await kit.StepAsync(application.Id, ApplicationStep.Approve, kit.OfficerA,
            new(AmountCents: 7_000_00, Reason: "Nachtragshaushalt beschlossen", Override: true)));

        Assert.Equal("Budget.Exceeded", refused.Problem!.Code);
        Assert.Equal(["OverrideReason"], withoutReason.Problem!.FieldErrors!["Reason"]);
        Assert.Equal(7_000_00, (await kit.BudgetAsync(budget.Id)).CommittedCents);
        await using var db = kit.Database.CreateContext();
        var logged = await db.Set<ApplicationEvent>().SingleAsync(e => e.ApplicationId == application.Id && e.Kind == ApplicationEventKind.BudgetOverride);
        Assert.Equal(("Nachtragshaushalt beschlossen", 2_000_00L, kit.OfficerA.UserId), (logged.Text, logged.AmountCents!.Value, logged.ActorUserId));
    }

    [Theory, BothProviders]
    public async Task Insurer_officers_see_only_applications_addressed_to_their_insurer_and_joint_funding_reaches_both(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var own = await kit.SourceAsync("Projektmittel Kasse A", FundingSourceKind.InsurerProjectFunds);
        var joint = await kit.SourceAsync("Kassenübergreifend", FundingSourceKind.JointInsurerFunding,
            new ShareDraft(kit.InsurerA.Id, 6_000), new ShareDraft(kit.InsurerB.Id, 4_000));
        var project = await kit.ProjectAsync();
        var toA = await kit.ApplyAsync(project, own, 1_000_00);
        var toBoth = await kit.ApplyAsync(project, joint, 2_000_00);
        Task<Outcome<ApplicationView>> Open(Guid id, Lebenswelten.Core.Privacy.AuditActor who) =>
            kit.WithAsync<Outcome<ApplicationView>, ApplicationDesk>(d => d.OpenAsync(id, who, default));
        async Task<List<Guid>> Listed(Lebenswelten.Core.Privacy.AuditActor who) => Ok(await kit.WithAsync<Outcome<(List<FundingApplication>, int)>, ApplicationDesk>(
            d => d.ListAsync(kit.Site.Id, who.UserId, 1, 50, default))).Item1.Select(a => a.Id).ToList();

        Assert.Equal("Application.NotFound", (await Open(toA.Id, kit.OfficerB)).Problem!.Code);
        Ok(await Open(toBoth.Id, kit.OfficerB));
        Assert.Equal([toBoth.Id], await Listed(kit.OfficerB));
        Assert.Equal([toA.Id, toBoth.Id], (await Listed(kit.OfficerA)).Order());
        Assert.Equal([toA.Id, toBoth.Id], (await Listed(kit.Coordinator)).Order());
        Assert.Equal(ProblemKind.Forbidden, (await kit.WithAsync<Outcome<(List<FundingApplication>, int)>, ApplicationDesk>(
            d => d.ListAsync(kit.Site.Id, kit.Provider.UserId, 1, 50, default))).Problem!.Kind);
        var budgetsOfB = Ok(await kit.WithAsync<Outcome<List<FundingSource>>, BudgetBook>(b => b.SourcesAsync(kit.Site.Id, kit.OfficerB.UserId, default)));
        Assert.Equal([joint.Id], budgetsOfB.Select(s => s.Id));
    }

    [Theory, BothProviders]
    public async Task Joint_funding_needs_shares_that_make_the_whole_from_insurers_of_the_site(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        Task<Outcome<FundingSource>> Create(params ShareDraft[] shares) => kit.WithAsync<Outcome<FundingSource>, FundingSetup>(s =>
            s.CreateSourceAsync(kit.Site.Id, new SourceDraft("Gemeinsam", FundingSourceKind.JointInsurerFunding, shares), kit.OfficerA, default));

        var notWhole = await Create(new ShareDraft(kit.InsurerA.Id, 5_000), new ShareDraft(kit.InsurerB.Id, 4_000));
        var club = await Create(new ShareDraft(kit.InsurerA.Id, 5_000), new ShareDraft(kit.Club.Id, 5_000));
        var alone = await Create(new ShareDraft(kit.InsurerA.Id, 10_000));
        var made = Ok(await Create(new ShareDraft(kit.InsurerA.Id, 5_500), new ShareDraft(kit.InsurerB.Id, 4_500)));

        Assert.Contains("SharesMustMakeWhole", notWhole.Problem!.FieldErrors!["Shares"]);
        Assert.Contains("NotAnInsurer", club.Problem!.FieldErrors!["Shares"]);
        Assert.Contains("SeveralInsurers", alone.Problem!.FieldErrors!["Shares"]);
        Assert.Equal([5_500, 4_500], made.Shares.OrderByDescending(s => s.BasisPoints).Select(s => s.BasisPoints));
    }
}
