using Lebenswelten.Core.Projects;
using Lebenswelten.Core.Tests.Infrastructure;
using static Lebenswelten.Core.Tests.Projects.ProjectsTestKit;

namespace Lebenswelten.Core.Tests.Projects;

/// <summary>The concurrency rule: officers approving against one budget at the same moment never commit more than is planned.</summary>
public sealed class BudgetConcurrencyTests
{
    private const int Applications = 24;
    private const long Each = 1_000_00;
    private const long Planned = 10 * Each;

    [Theory, BothProviders]
    public async Task Twenty_four_approvals_at_once_against_a_budget_for_ten_commit_exactly_ten(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var source = await kit.SourceAsync("Projektmittel Kasse A", FundingSourceKind.JointInsurerFunding,
            new ShareDraft(kit.InsurerA.Id, 5_000), new ShareDraft(kit.InsurerB.Id, 5_000));
        var budget = await kit.PlanAsync(source, Planned);
        var project = await kit.ProjectAsync();
        var applications = new List<FundingApplication>();
        for (var i = 0; i < Applications; i++)
        {
            applications.Add(await kit.UnderReviewAsync(project, source, Each));
        }

        // Two officers, of the two insurers that share the source, each approving half of them, all at once.
        var outcomes = await Task.WhenAll(applications.Select((a, i) => Task.Run(() =>
            kit.StepAsync(a.Id, ApplicationStep.Approve, i % 2 == 0 ? kit.OfficerA : kit.OfficerB, new(AmountCents: Each)))));

        Assert.Equal(10, outcomes.Count(o => o.Succeeded));
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal("Budget.Exceeded", o.Problem!.Code));
        var figures = await kit.BudgetAsync(budget.Id);
        Assert.Equal(Planned, figures.CommittedCents);
        await using var db = kit.Database.CreateContext();
        Assert.Equal(10, await db.FundingApplications.CountAsync(a => a.FundingSourceId == source.Id && a.Status == ApplicationStatus.Approved));
        Assert.Equal(Planned, await db.FundingApplications.Where(a => a.FundingSourceId == source.Id).SumAsync(a => a.ApprovedCents ?? 0));
    }

    [Theory, BothProviders]
    public async Task The_same_application_approved_twice_at_once_is_committed_once(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var source = await kit.SourceAsync("Projektmittel Kasse A", FundingSourceKind.InsurerProjectFunds);
        var budget = await kit.PlanAsync(source, Planned);
        var application = await kit.UnderReviewAsync(await kit.ProjectAsync(), source, Each);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            kit.StepAsync(application.Id, ApplicationStep.Approve, kit.OfficerA, new(AmountCents: Each)))));

        Assert.Equal(1, outcomes.Count(o => o.Succeeded));
        Assert.Equal(Each, (await kit.BudgetAsync(budget.Id)).CommittedCents);
    }
}
