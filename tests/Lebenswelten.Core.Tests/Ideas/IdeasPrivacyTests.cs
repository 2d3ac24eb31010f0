using Lebenswelten.Core.Ideas;
using Lebenswelten.Core.Tests.Infrastructure;
using static Lebenswelten.Core.Tests.Ideas.IdeasTestKit;

namespace Lebenswelten.Core.Tests.Ideas;

/// <summary>Ideas' part in a person's rights: export, erasure (published ideas stay, anonymous), retention.</summary>
public sealed class IdeasPrivacyTests
{
    [Theory, BothProviders]
    public async Task The_export_holds_a_persons_ideas_and_supports_and_erasure_leaves_published_ideas_anonymous(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var published = await kit.PublishedAsync();
        var waiting = Ok(await kit.ProposeAsync(kit.Resident, "Noch nicht entschieden"));
        var neighbour = await kit.ResidentAsync("nachbarin");
        var theirs = Ok(await kit.ProposeAsync(neighbour, "Idee der Nachbarin"));
        Ok(await kit.ModerateAsync(theirs.Id, ModerationStep.Publish, kit.Coordinator));
        Ok(await kit.SupportAsync(theirs.Id, kit.Resident));
        Ok(await kit.SupportAsync(published.Id, neighbour));

        var export = (IdeasPersonalDataSection?)await kit.WithAsync<Lebenswelten.Core.Privacy.PersonalDataSection?, IdeasPersonalData>(
            p => p.ExportAsync(kit.Resident.UserId!, CancellationToken.None));
        var erased = await kit.WithAsync<int, IdeasPersonalData>(p => p.EraseAsync(kit.Resident.UserId!, kit.Clock.GetUtcNow(), CancellationToken.None));

        Assert.Equal([published.Id, waiting.Id], export!.Proposed.Select(i => i.Id).Order());
        Assert.Equal([theirs.Id], export.Supported.Select(s => s.IdeaId));
        Assert.Equal(3, erased);
        await using var db = kit.Database.CreateContext();
        Assert.False(await db.Ideas.AnyAsync(i => i.Id == waiting.Id));
        Assert.Null((await db.Ideas.SingleAsync(i => i.Id == published.Id)).AuthorUserId);
        Assert.Equal(1, await db.IdeaSupports.CountAsync(s => s.IdeaId == theirs.Id && s.UserId == null));
        Assert.False(await db.Ideas.AnyAsync(i => i.AuthorUserId == kit.Resident.UserId)
            || await db.IdeaSupports.AnyAsync(s => s.UserId == kit.Resident.UserId));
        Assert.Null(await kit.WithAsync<Lebenswelten.Core.Privacy.PersonalDataSection?, IdeasPersonalData>(
            p => p.ExportAsync(kit.Resident.UserId!, CancellationToken.None)));
    }

    [Theory, BothProviders]
    public async Task Rejected_ideas_go_after_six_months_and_people_are_unlinked_two_years_after_the_answer(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var rejected = Ok(await kit.ProposeAsync(kit.Resident, "Abgelehnte Idee"));
        Ok(await kit.ModerateAsync(rejected.Id, ModerationStep.Reject, kit.Coordinator, "Passt nicht hierher."));
        var answered = await kit.PublishedAsync();
        Ok(await kit.SupportAsync(answered.Id, kit.Resident));
        Ok(await kit.AnswerAsync(answered.Id, IdeaAnswerKind.NotPossible, "Dafür fehlt der Platz.", null, kit.Coordinator));
        var purge = () => kit.WithAsync<int, IdeasPersonalData>(p => p.PurgeExpiredAsync(kit.Clock.GetUtcNow(), CancellationToken.None));

        kit.Clock.Advance(TimeSpan.FromDays(150));
        Assert.Equal(0, await purge());
        kit.Clock.Advance(TimeSpan.FromDays(40));
        Assert.Equal(1, await purge());
        kit.Clock.Advance(TimeSpan.FromDays(2 * 365));
        Assert.Equal(2, await purge());

        await using var db = kit.Database.CreateContext();
        Assert.False(await db.Ideas.AnyAsync(i => i.Id == rejected.Id));
        var kept = await db.Ideas.SingleAsync(i => i.Id == answered.Id);
        Assert.Null(kept.AuthorUserId);
        Assert.Equal(1, await db.IdeaSupports.CountAsync(s => s.IdeaId == answered.Id && s.UserId == null));
    }
}
