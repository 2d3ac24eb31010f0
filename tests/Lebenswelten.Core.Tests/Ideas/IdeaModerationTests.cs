using Lebenswelten.Core.Ideas;
using Lebenswelten.Core.Messaging;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Ideas.IdeasTestKit;

namespace Lebenswelten.Core.Tests.Ideas;

/// <summary>Proposing, moderating and answering: who may, what is checked, what is audited, what the proposer is told.</summary>
public sealed class IdeaModerationTests
{
    [Theory, BothProviders]
    public async Task A_proposal_is_short_and_names_a_district_of_the_site_or_none(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);

        var empty = await kit.WithAsync<Outcome<Idea>, IdeaProposals>(p => p.ProposeAsync(kit.Site.Id, new IdeaDraft("Yo", new string('x', 1001)),
            kit.Resident, "de", CancellationToken.None));
        var elsewhere = await kit.ProposeAsync(kit.Resident, district: "jena-zentrum");
        var anonymous = await kit.ProposeAsync(new AuditActor(null, "127.0.0.1"));
        var fine = await kit.ProposeAsync(kit.Resident, district: "neulobeda");

        Assert.Equal(["IdeaTitleTooShort"], empty.Problem!.FieldErrors!["Title"]);
        Assert.Equal(["TooLong"], empty.Problem.FieldErrors["Text"]);
        Assert.Equal(["Unknown"], elsewhere.Problem!.FieldErrors!["DistrictKey"]);
        Assert.Equal("Idea.Forbidden", anonymous.Problem!.Code);
        Assert.Equal((IdeaStatus.Pending, kit.District.Id), (fine.Value!.Status, fine.Value.DistrictId));
        await using var db = kit.Database.CreateContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Create && a.RecordId == fine.Value.Id.ToString()));
    }

    [Theory, BothProviders]
    public async Task One_person_cannot_flood_the_queue_with_more_than_five_waiting_ideas(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        for (var i = 0; i < 5; i++)
        {
            Ok(await kit.ProposeAsync(kit.Resident, $"Idee Nummer {i}"));
        }

        Assert.Equal("Idea.TooManyPending", (await kit.ProposeAsync(kit.Resident, "Die sechste Idee")).Problem!.Code);
        Assert.True((await kit.ProposeAsync(await kit.ResidentAsync("nachbarin"), "Eine andere Person")).Succeeded);
    }

    [Theory, BothProviders]
    public async Task Only_the_sites_coordinators_moderate_and_the_queue_read_is_audited_with_the_authors(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var idea = Ok(await kit.ProposeAsync(kit.Resident));

        var byProvider = await kit.ModerateAsync(idea.Id, ModerationStep.Publish, kit.Provider);
        var byOtherSite = await kit.ModerateAsync(idea.Id, ModerationStep.Publish, kit.OtherSiteCoordinator);
        var queueForProvider = await kit.WithAsync<Outcome<IReadOnlyList<Idea>>, IdeaModeration>(m => m.QueueAsync(kit.Site.Id, kit.Provider, CancellationToken.None));
        var queue = await kit.WithAsync<Outcome<IReadOnlyList<Idea>>, IdeaModeration>(m => m.QueueAsync(kit.Site.Id, kit.Coordinator, CancellationToken.None));

        Assert.Equal("Idea.NotFound", byProvider.Problem!.Code);
        Assert.Equal("Idea.NotFound", byOtherSite.Problem!.Code);
        Assert.Equal("Idea.Forbidden", queueForProvider.Problem!.Code);
        Assert.Equal([idea.Id], queue.Value!.Select(i => i.Id));
        await using var db = kit.Database.CreateContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Read && a.DataKind == IdeaAudit.ModerationQueue
            && a.ActorUserId == kit.Coordinator.UserId && a.SubjectUserId == kit.Resident.UserId));
    }

    [Theory, BothProviders]
    public async Task Publishing_rejecting_and_merging_are_audited_and_the_proposer_is_told_by_mail(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        await using var sink = await SmtpSink.StartAsync();
        var published = await kit.PublishedAsync("Eine Bankroute durch Lobeda-West");
        var rejected = Ok(await kit.ProposeAsync(kit.Resident, "Werbung für meinen Laden"));
        var duplicate = Ok(await kit.ProposeAsync(kit.Resident, "Bänke zum Ausruhen in Lobeda-West"));

        var withoutReason = await kit.ModerateAsync(rejected.Id, ModerationStep.Reject, kit.Coordinator, "  ");
        Ok(await kit.ModerateAsync(rejected.Id, ModerationStep.Reject, kit.Coordinator, "Werbung veröffentlichen wir nicht."));
        var twice = await kit.ModerateAsync(rejected.Id, ModerationStep.Publish, kit.Coordinator);
        var intoItself = await kit.ModerateAsync(duplicate.Id, ModerationStep.Merge, kit.Coordinator, into: duplicate.Id);
        Ok(await kit.ModerateAsync(duplicate.Id, ModerationStep.Merge, kit.Coordinator, into: published.Id));
        await using (var messaging = CoreServices.WithMessaging(kit.Database, kit.Clock, smtp => (smtp.Host, smtp.Port) = (sink.Host, sink.Port)))
        await using (var scope = messaging.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync();
        }

        Assert.Equal(["IdeaReasonRequired"], withoutReason.Problem!.FieldErrors!["Reason"]);
        Assert.Equal("Idea.AlreadyModerated", twice.Problem!.Code);
        Assert.Equal(["Unknown"], intoItself.Problem!.FieldErrors!["MergeIntoId"]);
        var mails = await sink.WaitForAsync(_ => true, count: 3);
        Assert.Contains(mails, m => m.Subject == "Ihre Idee ist veröffentlicht: Eine Bankroute durch Lobeda-West"
            && m.TextBody!.Contains($"/ideen/{published.Id}", StringComparison.Ordinal));
        Assert.Contains(mails, m => m.Subject == "Ihre Idee wurde nicht veröffentlicht: Werbung für meinen Laden"
            && m.TextBody!.Contains("Werbung veröffentlichen wir nicht.", StringComparison.Ordinal));
        Assert.Contains(mails, m => m.Subject!.StartsWith("Ihre Idee gibt es schon", StringComparison.Ordinal)
            && m.TextBody!.Contains($"/ideen/{published.Id}", StringComparison.Ordinal));
        await using var db = kit.Database.CreateContext();
        var changes = await db.AuditEntries.Where(a => a.Action == AuditAction.Change && a.DataKind == IdeaAudit.Idea).Select(a => a.RecordId).ToListAsync();
        Assert.Contains($"{published.Id}:Publish", changes);
        Assert.Contains($"{rejected.Id}:Reject", changes);
        Assert.Contains($"{duplicate.Id}:Merge", changes);
    }

    [Theory, BothProviders]
    public async Task Coordinators_and_providers_answer_with_a_history_and_a_plan_links_a_published_offering_of_the_site(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var idea = await kit.PublishedAsync();
        var pending = Ok(await kit.ProposeAsync(kit.Resident, "Noch nicht veröffentlicht"));

        var notPossibleWithoutReason = await kit.AnswerAsync(idea.Id, IdeaAnswerKind.NotPossible, null, null, kit.Coordinator);
        var offeringWithoutPlan = await kit.AnswerAsync(idea.Id, IdeaAnswerKind.UnderConsideration, null, kit.Offering.Id, kit.Coordinator);
        var unknownOffering = await kit.AnswerAsync(idea.Id, IdeaAnswerKind.Planned, null, Guid.NewGuid(), kit.Coordinator);
        var byResident = await kit.AnswerAsync(idea.Id, IdeaAnswerKind.Planned, null, null, kit.Resident);
        var onPending = await kit.AnswerAsync(pending.Id, IdeaAnswerKind.Planned, null, null, kit.Coordinator);
        Ok(await kit.AnswerAsync(idea.Id, IdeaAnswerKind.UnderConsideration, "Wir suchen eine Trainerin.", null, kit.Coordinator));
        kit.Clock.Advance(TimeSpan.FromDays(7));
        Ok(await kit.AnswerAsync(idea.Id, IdeaAnswerKind.Planned, "Ab März samstags.", kit.Offering.Id, kit.Provider));

        Assert.Equal(["IdeaReasonRequired"], notPossibleWithoutReason.Problem!.FieldErrors!["Text"]);
        Assert.Equal(["IdeaOfferingOnlyWhenPlanned"], offeringWithoutPlan.Problem!.FieldErrors!["OfferingId"]);
        Assert.Equal(["Unknown"], unknownOffering.Problem!.FieldErrors!["OfferingId"]);
        Assert.Equal("Idea.NotFound", byResident.Problem!.Code);
        Assert.Equal("Idea.NotPublished", onPending.Problem!.Code);
        var view = (await kit.WithAsync<IdeaView?, IdeaDirectory>(d => d.PublicAsync(kit.Site.Id, idea.Id, CancellationToken.None)))!;
        Assert.Equal((IdeaAnswerKind.Planned, "Ab März samstags."), (view.Listing.Idea.Answer, view.Listing.Idea.AnswerText));
        Assert.Equal(new LinkedOffering(kit.Offering.Id, "Yoga auf Russisch"), view.Offering);
        Assert.Equal([IdeaAnswerKind.Planned, IdeaAnswerKind.UnderConsideration], view.History.Select(h => h.Kind));
        var outcomes = await kit.WithAsync<IReadOnlyList<IdeaView>, IdeaDirectory>(d => d.OutcomesAsync(kit.Site.Id, CancellationToken.None));
        Assert.Equal([idea.Id], outcomes.Select(o => o.Listing.Idea.Id));
        await using var db = kit.Database.CreateContext();
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.Template == "idea-answered" && m.TextBody!.Contains("geplant")));
    }
}
