using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Tests.Offerings;

public sealed class ParticipantMessagesTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, BothProviders]
    public async Task A_message_to_the_waiting_list_reaches_only_those_waiting_each_in_a_mail_of_their_own(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync(kit.NewDraft(capacity: 1));
        await RegistrationServiceTests.RegisterGuestAsync(kit, offering.Id, "anna@example.org");
        await RegistrationServiceTests.RegisterGuestAsync(kit, offering.Id, "ben@example.org");
        await RegistrationServiceTests.RegisterGuestAsync(kit, offering.Id, "cem@example.org");
        var messages = (IServiceProvider s) => s.GetRequiredService<ParticipantMessages>();

        var waiting = await kit.WithAsync(s => messages(s).SendAsync(offering.Id,
            new ParticipantMessageDraft(MessageAudience.WaitingList, "Neuer Kurs im Mai", "Wir bieten einen zweiten Termin an."),
            kit.ProviderActor, None));
        var everyone = await kit.WithAsync(s => messages(s).SendAsync(offering.Id,
            new ParticipantMessageDraft(MessageAudience.Everyone, "Raum geändert", "Wir treffen uns in der Turnhalle."),
            kit.ProviderActor, None));

        Assert.Equal(2, waiting.Value!.Sent);
        Assert.Equal(3, everyone.Value!.Sent);
        await using var db = kit.Database.CreateContext();
        var mails = await db.OutboxMessages.Where(m => m.Template == "offering-message").ToListAsync();
        Assert.Equal(["ben@example.org", "cem@example.org"],
            mails.Where(m => m.Subject.Contains("Neuer Kurs", StringComparison.Ordinal)).Select(m => m.To).Order());
        Assert.All(mails, m => Assert.DoesNotContain("@example.org", m.TextBody.Replace(m.To, "", StringComparison.Ordinal)));
        Assert.Equal(5, await db.AuditEntries.CountAsync(e => e.DataKind == "Offering.Message" && e.Action == AuditAction.Create));
    }

    [Theory, BothProviders]
    public async Task A_message_needs_a_subject_of_one_line_and_a_text_and_strangers_find_no_offering(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync();
        await RegistrationServiceTests.RegisterGuestAsync(kit, offering.Id, "anna@example.org");
        var stranger = await OfferingEditorTests.OtherProviderAsync(kit);
        var messages = (IServiceProvider s) => s.GetRequiredService<ParticipantMessages>();

        var empty = await kit.WithAsync(s => messages(s).SendAsync(offering.Id,
            new ParticipantMessageDraft(MessageAudience.Participants, "Zeile\nBcc: x@example.org", " "), kit.ProviderActor, None));
        var refused = await kit.WithAsync(s => messages(s).SendAsync(offering.Id,
            new ParticipantMessageDraft(MessageAudience.Participants, "Hallo", "Text"), stranger, None));

        Assert.Equal(["Invalid"], empty.Problem!.FieldErrors!["Subject"]);
        Assert.Equal(["Required"], empty.Problem.FieldErrors["Text"]);
        Assert.Equal("Offering.NotFound", refused.Problem?.Code);
        await using var db = kit.Database.CreateContext();
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.Template == "offering-message"));
    }
}
