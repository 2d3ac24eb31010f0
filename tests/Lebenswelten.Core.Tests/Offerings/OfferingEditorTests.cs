using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Tests.Offerings;

public sealed class OfferingEditorTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, BothProviders]
    public async Task A_weekly_rule_creates_a_series_and_publishing_makes_it_public(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var from = BerlinTime.LocalDate(kit.Clock.GetUtcNow()).AddDays(1);
        var draft = kit.NewDraft(sessions: 0) with
        {
            Repeat = new WeeklyRule(from, from.AddDays(27), [DayOfWeek.Tuesday, DayOfWeek.Thursday], new TimeOnly(17, 0),
                new TimeOnly(18, 30)),
        };

        var offering = await kit.CreateOfferingAsync(draft);

        Assert.Equal(OfferingStatus.Published, offering.Status);
        Assert.Equal(8, offering.Sessions.Count);
        Assert.All(offering.Sessions, s =>
            Assert.Contains(BerlinTime.ToLocal(s.StartsAt).DayOfWeek, new[] { DayOfWeek.Tuesday, DayOfWeek.Thursday }));
        Assert.Equal(Weekdays.Tuesday | Weekdays.Thursday, offering.SessionWeekdays);
    }

    [Theory, BothProviders]
    public async Task Raising_the_capacity_moves_the_waiting_list_up_and_lowering_it_drops_nobody(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var draft = kit.NewDraft(capacity: 2);
        var offering = await kit.CreateOfferingAsync(draft);
        foreach (var name in new[] { "anna", "ben", "cem", "dora" })
        {
            await RegistrationServiceTests.RegisterGuestAsync(kit, offering.Id, $"{name}@example.org");
        }

        Assert.True((await UpdateAsync(kit, offering.Id, draft with { Capacity = 3 })).Succeeded);
        await using (var db = kit.Database.CreateContext())
        {
            Assert.Equal(RegistrationStatus.Confirmed, (await db.Registrations.SingleAsync(r => r.Email == "cem@example.org")).Status);
            Assert.Equal(RegistrationStatus.Waitlisted, (await db.Registrations.SingleAsync(r => r.Email == "dora@example.org")).Status);
            Assert.True(await db.OutboxMessages.AnyAsync(m => m.To == "cem@example.org" && m.Template == "moved-up"));
        }

        var lowered = await UpdateAsync(kit, offering.Id, draft with { Capacity = 1 });

        Assert.True(lowered.Succeeded, lowered.Problem?.Code);
        await using var after = kit.Database.CreateContext();
        Assert.Equal(3, await after.Registrations.CountAsync(r => r.OfferingId == offering.Id && r.Status == RegistrationStatus.Confirmed));
        var stored = await after.Offerings.SingleAsync(o => o.Id == offering.Id);
        Assert.Equal((1, 3, 1), (stored.Capacity, stored.TakenPlaces, stored.WaitingCount));
    }

    [Theory, BothProviders]
    public async Task Editing_the_sessions_keeps_the_attendance_of_the_sessions_that_stay(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var draft = kit.NewDraft(sessions: 4);
        var offering = await kit.CreateOfferingAsync(draft);
        var anna = await RegistrationServiceTests.RegisterGuestAsync(kit, offering.Id, "anna@example.org");
        var first = offering.Sessions.OrderBy(s => s.StartsAt).First();
        await kit.AtAsync(first.StartsAt, () => kit.WithAsync(s => s.GetRequiredService<AttendanceBook>()
            .RecordAsync(offering.Id, first.Id, [anna.Registration.Id], kit.ProviderActor, None)));

        var moved = draft.Sessions[^1] with { Start = new TimeOnly(19, 0), End = new TimeOnly(20, 0) };
        var updated = await UpdateAsync(kit, offering.Id, draft with { Sessions = [.. draft.Sessions.SkipLast(1), moved] });

        Assert.True(updated.Succeeded, updated.Problem?.Code);
        await using var db = kit.Database.CreateContext();
        var sessions = await db.OfferingSessions.Where(s => s.OfferingId == offering.Id).OrderBy(s => s.StartsAt).ToListAsync();
        Assert.Equal(4, sessions.Count);
        Assert.Equal(first.Id, sessions[0].Id);
        Assert.Equal(19, BerlinTime.ToLocal(sessions[3].StartsAt).Hour);
        var attendance = await db.Attendances.SingleAsync(a => a.RegistrationId == anna.Registration.Id);
        Assert.Equal((first.Id, true), (attendance.SessionId, attendance.Present));
    }

    [Theory, BothProviders]
    public async Task Cancelling_an_offering_cancels_every_registration_and_writes_each_person_a_mail(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync(kit.NewDraft(capacity: 1));
        await RegistrationServiceTests.RegisterGuestAsync(kit, offering.Id, "anna@example.org");
        await RegistrationServiceTests.RegisterGuestAsync(kit, offering.Id, "ben@example.org");

        var cancelled = await kit.WithAsync(s => s.GetRequiredService<OfferingEditor>()
            .CancelAsync(offering.Id, "Die Halle ist gesperrt.", kit.ProviderActor, None));

        Assert.True(cancelled.Succeeded, cancelled.Problem?.Code);
        await using var db = kit.Database.CreateContext();
        Assert.Equal(OfferingStatus.Cancelled, (await db.Offerings.SingleAsync(o => o.Id == offering.Id)).Status);
        Assert.All(await db.Registrations.Where(r => r.OfferingId == offering.Id).ToListAsync(),
            r => Assert.Equal(RegistrationStatus.Cancelled, r.Status));
        var mails = await db.OutboxMessages.Where(m => m.Template == "offering-cancelled").ToListAsync();
        Assert.Equal(["anna@example.org", "ben@example.org"], mails.Select(m => m.To).Order());
        Assert.All(mails, m => Assert.Contains("Die Halle ist gesperrt.", m.TextBody));
        var again = await kit.WithAsync(s => s.GetRequiredService<OfferingEditor>()
            .CancelAsync(offering.Id, null, kit.ProviderActor, None));
        Assert.Equal("Offering.Closed", again.Problem?.Code);
    }

    [Theory, BothProviders]
    public async Task A_provider_of_another_organisation_cannot_edit_or_cancel_and_learns_nothing(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var draft = kit.NewDraft();
        var offering = await kit.CreateOfferingAsync(draft);
        var stranger = await OtherProviderAsync(kit);

        var updated = await UpdateAsync(kit, offering.Id, draft with { Title = "Gekapert" }, stranger);
        var cancelled = await kit.WithAsync(s => s.GetRequiredService<OfferingEditor>().CancelAsync(offering.Id, null, stranger, None));
        var created = await kit.WithAsync(s => s.GetRequiredService<OfferingEditor>().CreateAsync(kit.Site.Id, draft, stranger, None));

        Assert.Equal((ProblemKind.NotFound, "Offering.NotFound"), (updated.Problem?.Kind, updated.Problem?.Code));
        Assert.Equal(ProblemKind.NotFound, cancelled.Problem?.Kind);
        Assert.Equal(("Validation", "OrganisationId"), (created.Problem?.Code, created.Problem?.FieldErrors?.Keys.Single()));
        await using var db = kit.Database.CreateContext();
        var stored = await db.Offerings.SingleAsync(o => o.Id == offering.Id);
        Assert.Equal((draft.Title, OfferingStatus.Published), (stored.Title, stored.Status));
    }

    [Theory, BothProviders]
    public async Task Invalid_drafts_are_refused_with_errors_per_field(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var draft = kit.NewDraft() with { Title = " ", Capacity = 0, DistrictKey = "atlantis" };

        var refused = await kit.WithAsync(s => s.GetRequiredService<OfferingEditor>()
            .CreateAsync(kit.Site.Id, draft, kit.ProviderActor, None));

        Assert.Equal(ProblemKind.Invalid, refused.Problem?.Kind);
        Assert.Equal(["Capacity", "Title"], refused.Problem!.FieldErrors!.Keys.Order());
        var unknownDistrict = await kit.WithAsync(s => s.GetRequiredService<OfferingEditor>()
            .CreateAsync(kit.Site.Id, kit.NewDraft() with { DistrictKey = "atlantis" }, kit.ProviderActor, None));
        Assert.Equal("DistrictKey", unknownDistrict.Problem?.FieldErrors?.Keys.Single());
    }

    internal static Task<Outcome<Offering>> UpdateAsync(OfferingTestKit kit, Guid offeringId, OfferingDraft draft,
        AuditActor? actor = null) =>
        kit.WithAsync(s => s.GetRequiredService<OfferingEditor>().UpdateAsync(offeringId, draft, actor ?? kit.ProviderActor, None));

    /// <summary>A provider account of a second organisation at the kit's site.</summary>
    internal static async Task<AuditActor> OtherProviderAsync(OfferingTestKit kit)
    {
        await using var db = kit.Database.CreateContext();
        var organisation = new Organisation { SiteId = kit.Site.Id, Name = "Andere Praxis", Kind = OrganisationKind.Practice };
        var user = new AppUser { UserName = "other@test.invalid", Email = "other@test.invalid" };
        db.Organisations.Add(organisation);
        db.Users.Add(user);
        db.SiteRoleAssignments.Add(new SiteRoleAssignment { UserId = user.Id, SiteId = kit.Site.Id, Role = SiteRole.Provider,
            OrganisationId = organisation.Id });
        await db.SaveChangesAsync();
        return new AuditActor(user.Id, "127.0.0.1");
    }
}
