using Lebenswelten.Core.Network;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Network.NetworkTestKit;

namespace Lebenswelten.Core.Tests.Network;

/// <summary>The network's part in a person's rights (GDPR Art. 15, 17, 20) and in retention, through Privacy's interface.</summary>
public sealed class NetworkPersonalDataTests
{
    [Theory, BothProviders]
    public async Task A_persons_export_holds_their_contact_entries_applications_invitations_and_tasks_found_by_account_or_address(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var (person, email) = await PersonWithEntriesAsync(kit);

        var section = (NetworkDataSection?)await Participant(kit, p => p.ExportAsync(person.UserId!, None));

        Assert.NotNull(section);
        Assert.Equal(("AOK Test", email.ToUpperInvariant()), (Assert.Single(section.Contacts).Organisation, section.Contacts[0].Email));
        Assert.Equal(MembershipApplicationStatus.Open, Assert.Single(section.Applications).Status);
        Assert.Equal("Netzwerktreffen", Assert.Single(section.Invitations).Meeting);
        Assert.Equal("Bericht schreiben", Assert.Single(section.Tasks).Task);
        Assert.Null(await Participant(kit, p => p.ExportAsync(kit.Provider.UserId!, None)));
    }

    [Theory, BothProviders]
    public async Task Erasure_deletes_the_entries_and_leaves_invitations_and_tasks_nameless_so_the_counts_stay(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var (person, _) = await PersonWithEntriesAsync(kit);

        await Participant(kit, async p =>
        {
            await p.EraseAsync(person.UserId!, kit.Clock.GetUtcNow(), None);
            return 0;
        });

        await using var db = kit.Database.CreateContext();
        Assert.False(await db.ContactPersons.AnyAsync(c => c.Name == "Erika Eintrag"));
        Assert.False(await db.MembershipApplications.AnyAsync(a => a.ContactName == "Erika Eintrag"));
        var invitation = await db.MeetingInvitations.SingleAsync();
        Assert.Null(invitation.ContactPersonId);
        Assert.Null((await db.ActionItems.SingleAsync()).OwnerContactId);
    }

    [Theory, BothProviders]
    public async Task Decided_applications_go_after_a_year_and_past_meetings_answer_links_stop_working(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var (_, _) = await PersonWithEntriesAsync(kit);
        await using (var db = kit.Database.CreateContext())
        {
            var application = await db.MembershipApplications.SingleAsync();
            application.Status = MembershipApplicationStatus.Declined;
            application.DecidedAt = kit.Clock.GetUtcNow();
            await db.SaveChangesAsync();
        }

        var early = await Participant(kit, p => p.PurgeExpiredAsync(kit.Clock.GetUtcNow() + TimeSpan.FromDays(30), None));
        var late = await Participant(kit, p => p.PurgeExpiredAsync(kit.Clock.GetUtcNow() + TimeSpan.FromDays(366), None));

        Assert.Equal(1, early);
        Assert.Equal(1, late);
        await using var check = kit.Database.CreateContext();
        Assert.False(await check.MembershipApplications.AnyAsync());
        Assert.Equal("", (await check.MeetingInvitations.SingleAsync()).TokenHash);
    }

    /// <summary>A person (account) who is the insurer's contact (by address only), applied, was invited and owns a task.</summary>
    private static async Task<(AuditActor Person, string Email)> PersonWithEntriesAsync(NetworkTestKit kit)
    {
        var network = await kit.NetworkAsync(openCall: true);
        var person = await kit.PersonAsync(Lebenswelten.Core.Identity.SiteRole.Resident, kit.Site.Id, null, "Erika Eintrag");
        string email;
        await using (var db = kit.Database.CreateContext())
        {
            email = (await db.Users.SingleAsync(u => u.Id == person.UserId)).Email!;
        }
        var contact = await kit.ContactAsync(kit.Insurer, "Erika Eintrag", email.ToUpperInvariant());
        await kit.With<OpenCall, Outcome<MembershipApplication>>(o => o.ApplyAsync(network.Id,
            new MembershipApplicationDraft("Verein Eintrag", OrganisationKind.Other, null, "Erika Eintrag", null, email, null, true), null, "de", None));
        var meeting = await kit.MeetingAsync(network);
        await kit.With<MeetingInvitations, Outcome<int>>(i => i.SendAsync(meeting.Id, kit.Coordinator, None));
        await kit.With<ActionItems, Outcome<ActionItem>>(a => a.AddAsync(meeting.Id, new TaskDraft("Bericht schreiben", contact.Id, new DateOnly(2026, 4, 1)),
            kit.Coordinator, None));
        return (person, email);
    }

    private static Task<T> Participant<T>(NetworkTestKit kit, Func<IPersonalDataParticipant, Task<T>> work) =>
        kit.WithAsync(s => work(s.GetServices<IPersonalDataParticipant>().OfType<NetworkPersonalData>().Single()));
}
