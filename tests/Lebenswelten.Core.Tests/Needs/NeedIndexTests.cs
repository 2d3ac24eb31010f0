using Lebenswelten.Core.Needs;

namespace Lebenswelten.Core.Tests.Needs;

public sealed class NeedIndexTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid();

    [Fact]
    public void The_index_is_the_weighted_mean_of_z_scores_of_the_latest_year()
    {
        var poverty = new Indicator { Key = "p", Name = "p", NeedWeight = 2 };
        var health = new Indicator { Key = "h", Name = "h", NeedWeight = 1, Direction = IndicatorDirection.HigherIsBetter };
        var values = new[]
        {
            V(poverty, A, 2023, 10), V(poverty, B, 2023, 20), V(poverty, C, 2023, 30), V(poverty, C, 2020, 99),
            V(health, A, 2023, 80), V(health, B, 2023, 70), V(health, C, 2023, 80),
        };

        var index = NeedIndex.Compute([poverty, health], values);

        // poverty z: −1.225, 0, 1.225; health z (turned round, higher is better): −0.707, 1.414, −0.707.
        Assert.Equal([(C, 0.581, 1), (B, 0.471, 2), (A, -1.052, 3)], index.Select(s => (s.DistrictId, s.Score, s.Rank)));
    }

    [Fact]
    public void Unweighted_indicators_and_small_numbers_stay_out()
    {
        var weighted = new Indicator { Key = "w", Name = "w", NeedWeight = 1 };
        var ignored = new Indicator { Key = "i", Name = "i", NeedWeight = 0 };
        var values = new[]
        {
            V(weighted, A, 2023, 10, 3), V(weighted, B, 2023, 20, 20), V(weighted, C, 2023, 30, 30),
            V(ignored, A, 2023, 1000),
        };

        var index = NeedIndex.Compute([weighted, ignored], values);

        Assert.Equal([C, B], index.Select(s => s.DistrictId));
        Assert.Equal([1.0, -1.0], index.Select(s => s.Score));
    }

    private static IndicatorValue V(Indicator indicator, Guid district, int year, double value, int? cases = null) =>
        new() { IndicatorId = indicator.Id, DistrictId = district, Year = year, Value = value, Numerator = cases, Denominator = cases is null ? null : 100 };

    [Fact]
    public void High_need_is_the_top_fifth_above_the_mean()
    {
        Assert.True(new NeedScore(A, 0.4, 3, 2).IsHigh(ranked: 12));
        Assert.False(new NeedScore(A, 0.4, 4, 2).IsHigh(ranked: 12));
        Assert.False(new NeedScore(A, -0.1, 1, 2).IsHigh(ranked: 12));
        Assert.True(new NeedScore(A, 0.1, 1, 2).IsHigh(ranked: 3));
    }

    [Fact]
    public void A_district_is_measured_against_the_goal_by_its_own_latest_published_figure()
    {
        var rate = new Indicator { Key = "r", Name = "r" };
        var down = new HealthGoal { Text = "weniger", IndicatorId = rate.Id, BaselineYear = 2020, BaselineValue = 24, TargetYear = 2030, TargetValue = 18 };
        var values = new[] { V(rate, A, 2022, 21), V(rate, A, 2023, 17.5), V(rate, B, 2023, 30) };
        var progress = GoalProgress.Of(down, values);

        Assert.Equal((2023, 17.5), GoalProgress.OwnFigure(down, A, values));
        Assert.Null(GoalProgress.OwnFigure(down, C, values));
        Assert.True(progress.Reaches(17.5));
        Assert.False(progress.Reaches(30));
        Assert.True(GoalProgress.Of(new HealthGoal { Text = "mehr", IndicatorId = rate.Id, BaselineValue = 10, TargetValue = 20 }, values).Reaches(20));
    }
}
