using Lebenswelten.Core.Evaluation;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Evaluation.EvaluationKit;

namespace Lebenswelten.Core.Tests.Evaluation;

/// <summary>Reach against need: the reach ratio per district and the concentration index (docs/en/evaluation.md, "Equity").</summary>
public sealed class EquityTests
{
    private static readonly DateOnly January = new(2026, 1, 1);

    /// <summary>The worked example of the docs: A (least need) 5,000 residents and 50 participants, B 3,000 and 30, C 2,000 and 40.</summary>
    [Fact]
    public void The_concentration_index_of_the_worked_example_is_0_133()
    {
        var index = ConcentrationIndex.Compute([new(-1, 5000, 50), new(0, 3000, 30), new(1, 2000, 40)]);

        Assert.Equal(0.133, index);
    }

    [Fact]
    public void Reach_in_proportion_to_residents_everywhere_has_a_concentration_index_of_zero() =>
        Assert.Equal(0, ConcentrationIndex.Compute([new(-1, 5000, 50), new(0, 3000, 30), new(1, 2000, 20)]));

    [Theory, BothProviders]
    public async Task Each_districts_share_of_participants_is_set_against_its_share_of_residents_and_its_need(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider, s => s.AddNeeds());
        await using (var db = kit.Database.CreateContext())
        {
            db.Districts.Where(d => d.Id == kit.Zentrum.Id).ExecuteUpdate(d => d.SetProperty(x => x.Population, 6000));
            db.Districts.Where(d => d.Id == kit.Lobeda.Id).ExecuteUpdate(d => d.SetProperty(x => x.Population, 4000));
            var unemployment = new Indicator { SiteId = kit.SiteId, Key = "sgb2", Name = "SGB-II-Quote", NeedWeight = 1,
                Direction = IndicatorDirection.HigherIsWorse };
            db.Indicators.Add(unemployment);
            db.IndicatorValues.AddRange(new IndicatorValue { IndicatorId = unemployment.Id, DistrictId = kit.Zentrum.Id, Year = 2025, Value = 6 },
                new IndicatorValue { IndicatorId = unemployment.Id, DistrictId = kit.Lobeda.Id, Year = 2025, Value = 19 });
            await db.SaveChangesAsync();
        }
        await kit.AddCellsAsync(Cell(January, kit.Zentrum, 30), Cell(January, kit.Lobeda, 40));
        var evaluator = await kit.StaffAsync(SiteRole.Evaluator);

        var equity = (await kit.WithAsync(s => s.GetRequiredService<EquityReport>().ForSiteAsync(kit.SiteId, January, January, evaluator, None))).Value!;

        var lobeda = equity.Districts.Single(d => d.Key == "lobeda");
        Assert.Equal((0.571, 0.4, 1.43, 1), (lobeda.ParticipantShare, lobeda.ResidentShare, lobeda.ReachRatio, lobeda.NeedRank));
        Assert.Equal(0.71, equity.Districts.Single(d => d.Key == "zentrum").ReachRatio);
        Assert.True(equity.ConcentrationIndex > 0, "more reach where more need");
    }
}
