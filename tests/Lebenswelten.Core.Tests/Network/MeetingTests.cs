using Lebenswelten.Core.Network;
using Lebenswelten.Core.Tests.Infrastructure;
using static Lebenswelten.Core.Tests.Network.NetworkTestKit;

namespace Lebenswelten.Core.Tests.Network;

public sealed class MeetingTests
{
    [Theory, BothProviders]
    public async Task Invitations_go_to_the_members_contacts_with_a_calendar_file_and_are_answered_by_the_mailed_link(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var network = await kit.NetworkAsync();
        await kit.ContactAsync(kit.Insurer, "Ines Kasse", "ines@kasse.example");
        await kit.ContactAsync(kit.Municipality, "Ohne Adresse", email: null) ;
        await kit.ContactAsync(kit.Club, "Nicht Mitglied", "club@example.org");
        var meeting = await kit.MeetingAsync(network);

        var sent = await kit.With<MeetingInvitations, Outcome<int>>(i => i.SendAsync(meeting.Id, kit.Coordinator, None));
        var nobodyLeft = await kit.With<MeetingInvitations, Outcome<int>>(i => i.SendAsync(meeting.Id, kit.Coordinator, None));

        Assert.Equal(2, sent.Value);
        Assert.Equal("Meeting.NoOneToInvite", nobodyLeft.Problem!.Code);
        await using var db = kit.Database.CreateContext();
        var mail = await db.OutboxMessages.SingleAsync(m => m.To == "ines@kasse.example");
        Assert.Equal(("meeting-invitation", "text/calendar"), (mail.Template, mail.AttachmentContentType));
        Assert.Contains("DTSTART:20260309T130000Z", mail.AttachmentText);
        Assert.Contains("1. Begrüßung", mail.TextBody);
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.To == "club@example.org"));
        var link = mail.TextBody.Split(['\n', ' ']).First(w => w.Contains("/netzwerk/einladungen/", StringComparison.Ordinal));
        var invitationId = Guid.Parse(link.Split('/')[^1].Split('?')[0]);
        var token = Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..]);

        var wrong = await kit.With<MeetingInvitations, Outcome<OpenInvitation>>(i => i.AnswerAsync(invitationId, token + "x", true, None));
        var answered = await kit.With<MeetingInvitations, Outcome<OpenInvitation>>(i => i.AnswerAsync(invitationId, token, true, None));

        Assert.Equal("MeetingInvitation.NotFound", wrong.Problem!.Code);
        Assert.Equal((InvitationResponse.Accepted, "Ines Kasse"), (answered.Value!.Invitation.Response, answered.Value.InviteeName));
    }

    [Theory, BothProviders]
    public async Task After_the_meeting_the_coordinator_records_minutes_decisions_attendance_and_a_task(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var network = await kit.NetworkAsync();
        var ines = await kit.ContactAsync(kit.Insurer, "Ines Kasse");
        var outsider = await kit.ContactAsync(kit.Club, "Nicht Mitglied");
        var meeting = await kit.MeetingAsync(network, inDays: 1);
        await kit.With<MeetingInvitations, Outcome<int>>(i => i.SendAsync(meeting.Id, kit.Coordinator, None));
        var invitation = (await kit.With<Meetings, Outcome<MeetingView>>(m => m.FindAsync(meeting.Id, kit.Coordinator, None))).Value!.Invitations[0];

        var early = await kit.With<Meetings, Outcome<Meeting>>(m => m.RecordAttendanceAsync(meeting.Id, [invitation.Id], kit.Coordinator, None));
        kit.Clock.Advance(TimeSpan.FromDays(2));
        var present = await kit.With<Meetings, Outcome<Meeting>>(m => m.RecordAttendanceAsync(meeting.Id, [invitation.Id], kit.Coordinator, None));
        var minutes = await kit.With<Meetings, Outcome<Meeting>>(m => m.SaveMinutesAsync(meeting.Id, "## Ergebnis\n\n<script>x</script>", kit.Coordinator, None));
        var decided = await kit.With<Meetings, Outcome<Meeting>>(m => m.AddDecisionAsync(meeting.Id, "Eine Übersicht wird erstellt.", kit.Coordinator, None));
        var foreignOwner = await kit.With<ActionItems, Outcome<ActionItem>>(a => a.AddAsync(meeting.Id,
            new TaskDraft("Übersicht", outsider.Id, new DateOnly(2026, 3, 20)), kit.Coordinator, None));
        var task = await kit.With<ActionItems, Outcome<ActionItem>>(a => a.AddAsync(meeting.Id,
            new TaskDraft("Übersicht entwerfen", ines.Id, new DateOnly(2026, 3, 20)), kit.Coordinator, None));
        var byMember = await kit.With<Meetings, Outcome<Meeting>>(m => m.AddDecisionAsync(meeting.Id, "Mehr", kit.InsurerOfficer, None));

        Assert.Equal("Meeting.NotYetHeld", early.Problem!.Code);
        Assert.True(present.Succeeded);
        Assert.Equal("## Ergebnis\n\n<script>x</script>", minutes.Value!.Minutes);
        Assert.Equal(["Eine Übersicht wird erstellt."], decided.Value!.Decisions);
        Assert.Equal(["NotMember"], foreignOwner.Problem!.FieldErrors!["OwnerContactId"]);
        Assert.Equal("Meeting.Forbidden", byMember.Problem!.Code);
        var view = (await kit.With<Meetings, Outcome<MeetingView>>(m => m.FindAsync(meeting.Id, kit.InsurerOfficer, None))).Value!;
        Assert.True(view.Invitations.Single().Attended);
        Assert.Equal(("Übersicht entwerfen", "Ines Kasse"), (view.Tasks.Single().Title, view.Tasks.Single().OwnerContact!.Name));
        Assert.Equal(task.Value!.Id, view.Tasks.Single().Id);
    }

    [Theory, BothProviders]
    public async Task Meetings_are_for_the_networks_members_only(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var network = await kit.NetworkAsync();
        var meeting = await kit.MeetingAsync(network);

        var byMember = await kit.With<Meetings, Outcome<MeetingView>>(m => m.FindAsync(meeting.Id, kit.InsurerOfficer, None));
        var byOtherStaff = await kit.With<Meetings, Outcome<MeetingView>>(m => m.FindAsync(meeting.Id, kit.Provider, None));
        var listed = await kit.With<Meetings, Outcome<IReadOnlyList<Meeting>>>(m => m.ListAsync(network.Id, kit.Provider.UserId, None));
        var byOtherSite = await kit.With<Meetings, Outcome<MeetingView>>(m => m.FindAsync(meeting.Id, kit.OtherCoordinator, None));
        var noPlace = await kit.With<Meetings, Outcome<Meeting>>(m => m.CreateAsync(network.Id,
            new MeetingDraft("X", new DateOnly(2026, 4, 1), new TimeOnly(10, 0), new TimeOnly(9, 0), VideoLink: "javascript:alert(1)"), kit.Coordinator, None));

        Assert.True(byMember.Succeeded);
        Assert.Equal("Meeting.NotFound", byOtherStaff.Problem!.Code);
        Assert.Equal("Network.NotFound", listed.Problem!.Code);
        Assert.Equal("Meeting.NotFound", byOtherSite.Problem!.Code);
        Assert.Equal(["EndBeforeStart"], noPlace.Problem!.FieldErrors!["End"]);
        Assert.Equal(["InvalidLink"], noPlace.Problem.FieldErrors["VideoLink"]);
    }
}
