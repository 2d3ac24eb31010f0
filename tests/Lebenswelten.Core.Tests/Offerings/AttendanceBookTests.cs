using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Tests.Offerings;

public sealed class AttendanceBookTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, BothProviders]
    public async Task A_certificate_needs_eighty_percent_of_all_sessions_of_a_course(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync(kit.NewDraft(sessions: 5));
        var anna = (await RegistrationServiceTests.RegisterGuestAsync(kit, offering.Id, "anna@example.org")).Registration;
        var sessions = offering.Sessions.OrderBy(s => s.StartsAt).ToList();
        AfterTheCourse(kit);

        for (var i = 0; i < 3; i++)
        {
            await RecordAsync(kit, offering.Id, sessions[i].Id, anna.Id);
        }
        var three = await ShareAsync(kit, anna);
        await RecordAsync(kit, offering.Id, sessions[3].Id, anna.Id);
        var four = await ShareAsync(kit, anna);

        Assert.Equal(new AttendanceShare(3, 5), three);
        Assert.False(CertificateRules.IsEligible(offering, anna, three));
        Assert.Equal(new AttendanceShare(4, 5), four);
        Assert.True(CertificateRules.IsEligible(offering, anna, four));
        offering.Kind = OfferingKind.DropIn;
        Assert.False(CertificateRules.IsEligible(offering, anna, new AttendanceShare(5, 5)));
    }

    [Theory, BothProviders]
    public async Task Only_people_with_a_confirmed_place_are_on_the_list_and_can_be_marked_present(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync(kit.NewDraft(capacity: 1));
        var anna = (await RegistrationServiceTests.RegisterGuestAsync(kit, offering.Id, "anna@example.org")).Registration;
        var ben = (await RegistrationServiceTests.RegisterGuestAsync(kit, offering.Id, "ben@example.org")).Registration;
        var session = offering.Sessions.OrderBy(s => s.StartsAt).First();
        AfterTheCourse(kit);

        var present = await RecordAsync(kit, offering.Id, session.Id, anna.Id, ben.Id, Guid.NewGuid());
        var sheet = await kit.WithAsync(s => s.GetRequiredService<AttendanceBook>()
            .SheetAsync(offering.Id, session.Id, kit.ProviderActor, None));

        Assert.Equal(1, present);
        Assert.Equal([anna.Id], sheet.Value!.Confirmed.Select(r => r.Id));
        Assert.Equal([anna.Id], sheet.Value.Present);
        await using var db = kit.Database.CreateContext();
        Assert.False(await db.Attendances.AnyAsync(a => a.RegistrationId == ben.Id));
    }

    [Theory, BothProviders]
    public async Task Saving_the_same_list_twice_changes_nothing_and_unticking_marks_absent(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync();
        var anna = (await RegistrationServiceTests.RegisterGuestAsync(kit, offering.Id, "anna@example.org")).Registration;
        var ben = (await RegistrationServiceTests.RegisterGuestAsync(kit, offering.Id, "ben@example.org")).Registration;
        var session = offering.Sessions.OrderBy(s => s.StartsAt).First();
        AfterTheCourse(kit);

        await RecordAsync(kit, offering.Id, session.Id, anna.Id);
        var recordedAt = kit.Clock.GetUtcNow();
        kit.Clock.Advance(TimeSpan.FromMinutes(5));
        await RecordAsync(kit, offering.Id, session.Id, anna.Id);

        await using (var db = kit.Database.CreateContext())
        {
            var rows = await db.Attendances.Where(a => a.SessionId == session.Id).ToListAsync();
            Assert.Equal(2, rows.Count);
            Assert.Equal((true, recordedAt), rows.Where(r => r.RegistrationId == anna.Id).Select(r => (r.Present, r.RecordedAt)).Single());
            Assert.False(rows.Single(r => r.RegistrationId == ben.Id).Present);
            Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.DataKind == "Offering.Attendance" && e.Action == AuditAction.Change));
        }

        await RecordAsync(kit, offering.Id, session.Id);
        Assert.Equal(new AttendanceShare(0, 4), await ShareAsync(kit, anna));
    }

    [Theory, BothProviders]
    public async Task Strangers_see_no_list_and_every_read_is_audited_with_whose_data_it_was(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync();
        await RegistrationServiceTests.RegisterGuestAsync(kit, offering.Id, "anna@example.org");
        var stranger = await OfferingEditorTests.OtherProviderAsync(kit);
        var session = offering.Sessions.First();

        var refused = await kit.WithAsync(s => s.GetRequiredService<AttendanceBook>().ParticipantsAsync(offering.Id, stranger, None));
        var notRecorded = await kit.WithAsync(s => s.GetRequiredService<AttendanceBook>()
            .RecordAsync(offering.Id, session.Id, [], stranger, None));
        var wrongSession = await kit.WithAsync(s => s.GetRequiredService<AttendanceBook>()
            .RecordAsync(offering.Id, Guid.NewGuid(), [], kit.ProviderActor, None));
        var list = await kit.WithAsync(s => s.GetRequiredService<AttendanceBook>().ParticipantsAsync(offering.Id, kit.ProviderActor, None));

        Assert.Equal("Offering.NotFound", refused.Problem?.Code);
        Assert.Equal("Offering.NotFound", notRecorded.Problem?.Code);
        Assert.Equal("Session.NotFound", wrongSession.Problem?.Code);
        Assert.Equal("anna", Assert.Single(list.Value!.Participants).Registration.Name);
        await using var db = kit.Database.CreateContext();
        var audit = await db.AuditEntries.SingleAsync(e => e.DataKind == "Offering.Participants");
        Assert.Equal((AuditAction.Read, kit.ProviderUserId, offering.Id.ToString()), (audit.Action, audit.ActorUserId, audit.RecordId));
    }

    [Theory, BothProviders]
    public async Task Attendance_cannot_be_recorded_for_a_session_that_has_not_started(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync();
        var anna = (await RegistrationServiceTests.RegisterGuestAsync(kit, offering.Id, "anna@example.org")).Registration;
        var sessions = offering.Sessions.OrderBy(s => s.StartsAt).ToList();
        kit.Clock.Advance(sessions[1].StartsAt - kit.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));

        var early = await kit.WithAsync(s => s.GetRequiredService<AttendanceBook>()
            .RecordAsync(offering.Id, sessions[2].Id, [anna.Id], kit.ProviderActor, None));
        await RecordAsync(kit, offering.Id, sessions[1].Id, anna.Id);

        Assert.Equal(("Session.NotStarted", ProblemKind.Invalid), (early.Problem?.Code, early.Problem?.Kind));
        await using var db = kit.Database.CreateContext();
        Assert.Equal([sessions[1].Id], await db.Attendances.Where(a => a.RegistrationId == anna.Id).Select(a => a.SessionId).ToListAsync());
    }

    [Theory, BothProviders]
    public async Task The_overview_shows_each_persons_sessions_and_who_earned_the_certificate_and_is_audited(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync(kit.NewDraft(sessions: 5));
        var anna = (await RegistrationServiceTests.RegisterGuestAsync(kit, offering.Id, "anna@example.org")).Registration;
        var ben = (await RegistrationServiceTests.RegisterGuestAsync(kit, offering.Id, "ben@example.org")).Registration;
        var sessions = offering.Sessions.OrderBy(s => s.StartsAt).ToList();
        AfterTheCourse(kit);
        for (var i = 0; i < 4; i++)
        {
            await RecordAsync(kit, offering.Id, sessions[i].Id, i < 3 ? [anna.Id, ben.Id] : [anna.Id]);
        }

        var overview = (await kit.WithAsync(s => s.GetRequiredService<AttendanceBook>()
            .OverviewAsync(offering.Id, kit.ProviderActor, None))).Value!;
        var other = await OfferingEditorTests.OtherProviderAsync(kit);
        var stranger = await kit.WithAsync(s => s.GetRequiredService<AttendanceBook>().OverviewAsync(offering.Id, other, None));

        var rows = overview.People.ToDictionary(p => p.Registration.Name);
        Assert.Equal((4, 5, 4, true), (rows["anna"].Share.Attended, rows["anna"].Share.Sessions, rows["anna"].Required, rows["anna"].IsEligible));
        Assert.Equal((3, false), (rows["ben"].Share.Attended, rows["ben"].IsEligible));
        Assert.DoesNotContain(sessions[4].Id, rows["anna"].PresentAt);
        Assert.Equal("Offering.NotFound", stranger.Problem?.Code);
        await using var db = kit.Database.CreateContext();
        // One line per person shown (GDPR Art. 15: each finds the read in their own log).
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.DataKind == "Offering.AttendanceOverview" && e.Action == AuditAction.Read));
    }

    /// <summary>The kit's course starts a week from now, weekly: this moves the clock past its last session.</summary>
    private static void AfterTheCourse(OfferingTestKit kit) => kit.Clock.Advance(TimeSpan.FromDays(7 * 8));

    private static async Task<int> RecordAsync(OfferingTestKit kit, Guid offeringId, Guid sessionId, params Guid[] present)
    {
        var outcome = await kit.WithAsync(s => s.GetRequiredService<AttendanceBook>()
            .RecordAsync(offeringId, sessionId, present, kit.ProviderActor, None));
        Assert.True(outcome.Succeeded, outcome.Problem?.Code);
        return outcome.Value;
    }

    private static Task<AttendanceShare> ShareAsync(OfferingTestKit kit, Registration registration) =>
        kit.WithAsync(s => s.GetRequiredService<AttendanceBook>().ShareAttendedAsync(registration, None));
}
