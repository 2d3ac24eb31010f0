using Lebenswelten.Core.Evaluation;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Offerings;
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
    public async Task The_comparisons_tables_read_at_once_are_those_read_one_by_one_held_back_alike(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var (second, _) = await kit.Offerings.AddSiteAsync("Zweitstadt");
        var april = January.AddMonths(3);
        await kit.AddCellsAsync(Cell(January, kit.Zentrum, 20), Cell(January, kit.Lobeda, 3, ageBand: "65+"),
            Cell(april, kit.Zentrum, 7, category: OfferingCategory.Nutrition), Cell(april, null, 2, category: OfferingCategory.Nutrition),
            new ReachFact { SiteId = second.Id, Month = January, Category = OfferingCategory.Exercise, TargetGroups = TargetGroups.Families,
                Registrations = 31, Participants = 4 },
            new ReachFact { SiteId = second.Id, Month = april, Category = OfferingCategory.Exercise,
                TargetGroups = TargetGroups.Families | TargetGroups.Tenants, Registrations = 12, Participants = 9 });
        await using (var db = kit.Database.CreateContext())
        {
            db.OfferingFacts.AddRange(
                new OfferingFact { SiteId = kit.SiteId, Month = January, Category = OfferingCategory.Exercise, TargetGroups = TargetGroups.Tenants,
                    Offerings = 2, Places = 24 },
                new OfferingFact { SiteId = kit.SiteId, Month = april, Category = OfferingCategory.Nutrition, TargetGroups = TargetGroups.Tenants,
                    Offerings = 1, Places = 10 },
                new OfferingFact { SiteId = second.Id, Month = april, Category = OfferingCategory.Exercise,
                    TargetGroups = TargetGroups.Families | TargetGroups.Tenants, Offerings = 3, Places = 45 });
            await db.SaveChangesAsync();
        }
        var evaluator = await kit.StaffAsync(SiteRole.Evaluator);
        await using (var db = kit.Database.CreateContext())
        {
            db.SiteRoleAssignments.Add(new SiteRoleAssignment { UserId = evaluator, SiteId = second.Id, Role = SiteRole.Evaluator });
            await db.SaveChangesAsync();
        }
        ReachDimension[][] groupings = [[ReachDimension.Site], [ReachDimension.Site, ReachDimension.Quarter],
            [ReachDimension.Site, ReachDimension.Category]];

        foreach (var targetGroup in new TargetGroups?[] { null, TargetGroups.Families })
        {
            var query = new ReachQuery(January, april, [], TargetGroup: targetGroup);
            var atOnce = (await kit.WithAsync(s => s.GetRequiredService<ReachReport>().AcrossSitesAsync(query, groupings, evaluator, None))).Value!;
            for (var i = 0; i < groupings.Length; i++)
            {
                var alone = (await kit.WithAsync(s => s.GetRequiredService<ReachReport>()
                    .AcrossSitesAsync(query with { GroupBy = groupings[i] }, evaluator, None))).Value!;
                Assert.Equal(alone.Query, atOnce[i].Query);
                Assert.Equal(alone.Lines.Select(l => (string.Join("|", l.Group.Select(g => g.Key)), l.Figures)),
                    atOnce[i].Lines.Select(l => (string.Join("|", l.Group.Select(g => g.Key)), l.Figures)));
                Assert.Equal(alone.Total, atOnce[i].Total);
            }
        }
        var all = (await kit.WithAsync(s => s.GetRequiredService<ReachReport>()
            .AcrossSitesAsync(new ReachQuery(January, april, []), groupings, evaluator, None))).Value!;
        var byCategory = all[2].Lines.ToDictionary(l => $"{l.Group[0].Key}|{l.Group[1].Key}", l => l.Figures);
        // 2 of the 9 nutrition registrations have no district: summed with the others, not held back on their own.
        Assert.Equal(new PublishedCount(10, false), byCategory[$"{kit.Offerings.Site.Slug}|Nutrition"].Registrations);
        Assert.Equal(10, byCategory[$"{kit.Offerings.Site.Slug}|Nutrition"].Places);
        Assert.True(byCategory[$"{second.Slug}|Exercise"].Participants is { HeldBack: false, Value: 15 });
        var byQuarter = all[1].Lines.ToDictionary(l => $"{l.Group[0].Key}|{l.Group[1].Key}", l => l.Figures);
        Assert.True(byQuarter[$"{second.Slug}|2026-Q1"].Participants.HeldBack);
        Assert.Equal(45, byQuarter[$"{second.Slug}|2026-Q2"].Places);
        Assert.Equal(24 + 10 + 45, all[0].Total.Places);
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
