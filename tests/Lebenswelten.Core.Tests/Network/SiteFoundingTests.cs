using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Network.NetworkTestKit;

namespace Lebenswelten.Core.Tests.Network;

public sealed class SiteFoundingTests
{
    private static readonly SiteFounding Founding = new(null!, GisdTable.LoadEmbedded(), null!);

    [Theory]
    [InlineData("16051000", "Erfurt", "Thüringen", 0.622, 4, false)]
    [InlineData("14612000", "Dresden", "Sachsen", null, null, false)]
    [InlineData("16074", "Saale-Holzland-Kreis", "Thüringen", 0.574, 4, false)]
    [InlineData("16074014", "Saale-Holzland-Kreis", "Thüringen", 0.574, 4, true)]
    public void A_key_names_the_municipality_its_state_and_the_RKI_GISD_of_its_Kreis(string ags, string name, string state, double? score,
        int? quintile, bool fromKreis)
    {
        var proposal = Founding.Propose(ags).Value!;

        Assert.Equal((name, state, fromKreis), (proposal.Name, proposal.State, proposal.NameFromKreis));
        if (score is { } expected)
        {
            Assert.Equal((2021, expected, quintile), (proposal.Gisd!.Year, Math.Round(proposal.Gisd.Score, 3), proposal.Gisd.Quintile));
        }
        else
        {
            Assert.NotNull(proposal.Gisd);
        }
    }

    [Theory]
    [InlineData("", "Required")]
    [InlineData("1605", "InvalidAgs")]
    [InlineData("16O53000", "InvalidAgs")]
    [InlineData("99999000", "UnknownAgs")]
    [InlineData("16999000", "UnknownAgs")]
    public void A_key_that_names_no_municipality_is_refused(string ags, string code) =>
        Assert.Equal([code], Founding.Propose(ags).Problem!.FieldErrors!["Ags"]);

    [Theory, BothProviders]
    public async Task The_administrator_founds_a_site_once_and_nobody_else_can(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider, s => s.AddSites());

        var byCoordinator = await kit.With<SiteFounding, Outcome<Site>>(f => f.CreateAsync(new("16051000"), kit.Coordinator, None));
        var founded = await kit.With<SiteFounding, Outcome<Site>>(f => f.CreateAsync(new("16051000"), kit.Administrator, None));
        var sameKey = await kit.With<SiteFounding, Outcome<Site>>(f => f.CreateAsync(new("16051000", "Erfurt 2", "erfurt-2"), kit.Administrator, None));
        var sameSlug = await kit.With<SiteFounding, Outcome<Site>>(f => f.CreateAsync(new("16052000", Slug: "erfurt"), kit.Administrator, None));
        var reserved = await kit.With<SiteFounding, Outcome<Site>>(f => f.CreateAsync(new("16052000", Slug: "neu"), kit.Administrator, None));

        Assert.Equal(ProblemKind.Forbidden, byCoordinator.Problem!.Kind);
        Assert.Equal(("erfurt", "Erfurt", "Thüringen", "16051000", 4), (founded.Value!.Slug, founded.Value.Name, founded.Value.State,
            founded.Value.Ags, founded.Value.GisdQuintile));
        Assert.Equal(["Taken"], sameKey.Problem!.FieldErrors!["Ags"]);
        Assert.Equal(["Taken"], sameSlug.Problem!.FieldErrors!["Slug"]);
        Assert.Equal(["InvalidKey"], reserved.Problem!.FieldErrors!["Slug"]);
    }
}
