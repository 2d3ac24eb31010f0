using Lebenswelten.Core.Evaluation;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Evaluation.EvaluationKit;

namespace Lebenswelten.Core.Tests.Evaluation;

/// <summary>Who sees which figures, and the rules of a query.</summary>
public sealed class ReachReportTests
{
    private static readonly DateOnly January = new(2026, 1, 1);

    [Theory, BothProviders]
    public async Task Only_the_sites_coordinators_insurer_officers_and_evaluators_see_its_figures(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        await kit.AddCellsAsync(Cell(January, kit.Zentrum, 20));
        var (other, _) = await kit.Offerings.AddSiteAsync("Anderstadt");

        foreach (var role in EvaluationAccess.SiteRoles)
        {
            Assert.True((await kit.ReachAsync(await kit.StaffAsync(role), January, January)).Succeeded, role.ToString());
        }
        Assert.Equal("Evaluation.Forbidden", (await kit.ReachAsync(kit.Offerings.ProviderUserId, January, January)).Problem?.Code);
        Assert.Equal("Evaluation.Forbidden",
            (await kit.ReachAsync(await kit.StaffAsync(SiteRole.Evaluator, other.Id), January, January)).Problem?.Code);
    }

    [Theory, BothProviders]
    public async Task A_programme_evaluator_compares_the_sites_where_they_hold_the_role_at_site_level_only(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var (second, _) = await kit.Offerings.AddSiteAsync("Zweitstadt");
        var (third, _) = await kit.Offerings.AddSiteAsync("Drittstadt");
        await kit.AddCellsAsync(Cell(January, kit.Zentrum, 20), new ReachFact { SiteId = second.Id, Month = January, Registrations = 31 },
            new ReachFact { SiteId = third.Id, Month = January, Registrations = 44 });
        var evaluator = await kit.StaffAsync(SiteRole.Evaluator);
        await using (var db = kit.Database.CreateContext())
        {
            db.SiteRoleAssignments.Add(new SiteRoleAssignment { UserId = evaluator, SiteId = second.Id, Role = SiteRole.Evaluator });
            await db.SaveChangesAsync();
        }
        Task<Outcome<ReachTable>> Compare(params ReachDimension[] groupBy) => kit.WithAsync(s => s.GetRequiredService<ReachReport>()
            .AcrossSitesAsync(new ReachQuery(January, January, groupBy), evaluator, None));

        var table = (await Compare(ReachDimension.Site)).Value!;

        Assert.Equal([(kit.Offerings.Site.Slug, 20), (second.Slug, 30)],
            table.Lines.Select(l => (l.Group[0].Key, l.Figures.Registrations.Value!.Value)).OrderBy(x => x.Item2));
        Assert.Equal(["SiteLevelOnly"], (await Compare(ReachDimension.Site, ReachDimension.District)).Problem!.FieldErrors!["GroupBy"]);
        Assert.Equal("Evaluation.Forbidden", (await kit.WithAsync(s => s.GetRequiredService<ReachReport>()
            .AcrossSitesAsync(new ReachQuery(January, January, []), kit.Offerings.ProviderUserId, None))).Problem?.Code);
    }

    [Theory, BothProviders]
    public async Task A_period_that_ends_before_it_begins_or_a_grouping_named_twice_is_refused(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var coordinator = await kit.StaffAsync(SiteRole.Coordinator);

        var backwards = await kit.ReachAsync(coordinator, January, January.AddMonths(-1));
        var twice = await kit.ReachAsync(coordinator, January, January, ReachDimension.Sex, ReachDimension.Sex);

        Assert.Equal(["EndBeforeStart"], backwards.Problem!.FieldErrors!["To"]);
        Assert.Equal(["Duplicate"], twice.Problem!.FieldErrors!["GroupBy"]);
    }
}
