using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Tests.Sites;

public sealed class GisdTableTests
{
    private static readonly GisdTable Table = GisdTable.LoadEmbedded();

    [Theory]
    [InlineData("16052000", 0.763, 5)] // Gera
    [InlineData("16053000", 0.331, 1)] // Jena
    [InlineData("16055000", 0.561, 3)] // Weimar
    [InlineData("14713000", 0.610, 4)] // Leipzig
    [InlineData("14511000", 0.666, 5)] // Chemnitz
    public void The_latest_score_is_the_real_RKI_figure_for_2021(string ags, double score, int quintile)
    {
        var latest = Table.Latest(ags);

        Assert.NotNull(latest);
        Assert.Equal(2021, latest.Year);
        Assert.Equal(score, latest.Score, 3);
        Assert.Equal(quintile, latest.Quintile);
    }

    [Fact]
    public void The_history_covers_every_year_from_1998()
    {
        var history = Table.History("16052");

        Assert.Equal(Enumerable.Range(1998, 24), history.Select(h => h.Year));
    }

    [Theory]
    [InlineData("99999000")]
    [InlineData("16")]
    [InlineData("")]
    public void Unknown_or_short_keys_have_no_score(string ags) => Assert.Null(Table.Latest(ags));
}
