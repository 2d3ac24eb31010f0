using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Core.Tests.Needs;

public sealed class IndicatorDefinitionTests
{
    private static IndicatorDraft Draft(string? name = "Übergewicht bei Einschulung", string? key = null) =>
        new(key, name, "Anteil der Kinder mit Übergewicht", "Gesundheitsamt", "%", "Schuleingangsuntersuchung",
            IndicatorKind.Ratio, IndicatorDirection.HigherIsWorse, IndicatorPrivacy.Public);

    [Theory]
    [BothProviders]
    public async Task A_coordinator_defines_an_indicator_and_its_key_is_made_from_the_name_and_unique(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var test = await NeedsTestSite.CreateAsync(db);
        var definitions = new IndicatorDefinitions(db);

        var created = await definitions.CreateAsync(test.Site.Id, Draft());
        var twice = await definitions.CreateAsync(test.Site.Id, Draft("Übergewicht (neu)", key: "uebergewicht-bei-einschulung"));
        var invalid = await definitions.CreateAsync(test.Site.Id, Draft(name: " ", key: "Groß Buchstaben") with { Kind = null, Unit = new string('x', 21) });

        Assert.Equal("uebergewicht-bei-einschulung", created.Value!.Key);
        Assert.Equal((ProblemKind.Conflict, "Indicator.KeyTaken"), (twice.Problem!.Kind, twice.Problem.Code));
        Assert.Equal(["Key", "Kind", "Name", "Unit"], invalid.Problem!.FieldErrors!.Keys.Order());
        Assert.Equal(3, await db.Indicators.CountAsync(i => i.SiteId == test.Site.Id));
    }

    [Theory]
    [BothProviders]
    public async Task An_indicator_with_values_keeps_its_kind_and_is_not_deleted(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var test = await NeedsTestSite.CreateAsync(db);
        var definitions = new IndicatorDefinitions(db);
        await new IndicatorImport(db, TimeProvider.System).CommitAsync(test.Site.Id, test.Rate.Id, "district,year,value\nnord,2022,12.5\n", "tester");
        var unused = (await definitions.CreateAsync(test.Site.Id, Draft())).Value!;

        var renamed = await definitions.UpdateAsync(test.Site.Id, test.Rate.Id,
            Draft("SGB-II-Quote (Bürgergeld)") with { Kind = IndicatorKind.Value, Privacy = IndicatorPrivacy.Internal });
        var rekinded = await definitions.UpdateAsync(test.Site.Id, test.Rate.Id, Draft() with { Kind = IndicatorKind.Ratio });
        var rekeyed = await definitions.UpdateAsync(test.Site.Id, test.Rate.Id, Draft(key: "neu") with { Kind = IndicatorKind.Value });
        var deleteUsed = await definitions.DeleteAsync(test.Site.Id, test.Rate.Id);
        var deleteElsewhere = await definitions.DeleteAsync(Guid.NewGuid(), unused.Id);
        var deleteUnused = await definitions.DeleteAsync(test.Site.Id, unused.Id);

        Assert.True(renamed.Succeeded);
        Assert.Equal("Indicator.KindLocked", rekinded.Problem!.Code);
        Assert.Equal(["CannotChange"], rekeyed.Problem!.FieldErrors!["Key"]);
        Assert.Equal((ProblemKind.Conflict, "Indicator.InUse"), (deleteUsed.Problem!.Kind, deleteUsed.Problem.Code));
        Assert.Equal(ProblemKind.NotFound, deleteElsewhere.Problem!.Kind);
        Assert.True(deleteUnused.Succeeded);
        db.ChangeTracker.Clear();
        var kept = await db.Indicators.SingleAsync(i => i.SiteId == test.Site.Id && i.Key == "sgb2");
        Assert.Equal(("SGB-II-Quote (Bürgergeld)", IndicatorPrivacy.Internal), (kept.Name, kept.Privacy));
        Assert.False(await db.Indicators.AnyAsync(i => i.Id == unused.Id));
    }
}
