using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Tests.Telemedicine;

/// <summary>
/// A site with a housing company running one room (Mon–Fri 08:00–18:00, 10 minutes' buffer), two practices and
/// their staff, a room staff member, a coordinator and a resident; practice A has weekday hours 09:00–12:00 in
/// 15-minute slots. The clock stands on Monday 2 March 2026, 10:00 in Berlin, over the real services.
/// </summary>
public sealed class TelemedicineTestKit : IAsyncDisposable
{
    public static readonly CancellationToken None = CancellationToken.None;
    /// <summary>Tuesday, the day after the clock's start: its slots are inside notice and horizon.</summary>
    public static readonly DateOnly Tuesday = new(2026, 3, 3);

    private TelemedicineTestKit(OfferingTestKit offerings) => Offerings = offerings;

    public OfferingTestKit Offerings { get; }
    public ManualClock Clock => Offerings.Clock;
    public TestDatabase Database => Offerings.Database;
    public Guid SiteId => Offerings.Site.Id;
    public Organisation Housing { get; private set; } = null!;
    public Organisation PracticeA { get; private set; } = null!;
    public Organisation PracticeB { get; private set; } = null!;
    public AuditActor PracticeAStaff { get; private set; } = null!;
    public AuditActor PracticeBStaff { get; private set; } = null!;
    public AuditActor RoomStaff { get; private set; } = null!;
    public AuditActor Coordinator { get; private set; } = null!;
    public AppUser Resident { get; private set; } = null!;
    public TelemedicineRoom Room { get; private set; } = null!;
    public ConsultationSchedule ScheduleA { get; private set; } = null!;

    public static async Task<TelemedicineTestKit> CreateAsync(DatabaseProvider provider, ManualClock? clock = null,
        Action<IServiceCollection>? configure = null)
    {
        var kit = new TelemedicineTestKit(await OfferingTestKit.CreateAsync(provider, clock, configure));
        await kit.SeedAsync();
        return kit;
    }

    public Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> work) => Offerings.WithAsync(work);

    public static RoomDraft RoomDraft(Guid operatorId, string name = "Telemedizinraum Test", int buffer = 10,
        params WeekdayHours[] hours) => new()
    {
        Name = name, Street = "Teststraße 1", PostalCode = "07747", City = "Jena", OperatorOrganisationId = operatorId,
        BufferMinutes = buffer, Equipment = "Bildschirm, Kamera, Headset",
        OpeningHours = hours.Length > 0 ? hours
            : [.. Weekdays().Select(d => new WeekdayHours(d, new TimeOnly(8, 0), new TimeOnly(18, 0)))],
    };

    public static ScheduleDraft ScheduleDraft(Guid practiceId, string name = "Videosprechstunde", int slotMinutes = 15,
        IReadOnlyList<WeeklyHours>? weekly = null, IReadOnlyList<DateHours>? dates = null) => new()
    {
        PracticeOrganisationId = practiceId, Name = name, SlotMinutes = slotMinutes,
        Kinds = ConsultationKinds.FollowUp | ConsultationKinds.PrescriptionTalk,
        HorizonDays = 28, MinNoticeHours = 2, CancellationDeadlineHours = 24,
        Weekly = weekly ?? [.. Weekdays().Select(d => new WeeklyHours(d, new TimeOnly(9, 0), new TimeOnly(12, 0)))],
        Dates = dates ?? [],
    };

    public async Task<TelemedicineRoom> CreateRoomAsync(RoomDraft draft)
    {
        var outcome = await WithAsync(s => s.GetRequiredService<RoomEditor>().CreateAsync(SiteId, draft, Coordinator, None));
        return outcome.Value ?? throw new InvalidOperationException($"Room not created: {outcome.Problem}");
    }

    public async Task<ConsultationSchedule> CreateScheduleAsync(ScheduleDraft draft, AuditActor practice)
    {
        var outcome = await WithAsync(s => s.GetRequiredService<ScheduleEditor>().CreateAsync(SiteId, draft, practice, None));
        return outcome.Value ?? throw new InvalidOperationException($"Schedule not created: {outcome.Problem}");
    }

    /// <summary>A second practice with its own staff account and the same hours as A's, in every room.</summary>
    public async Task<(Organisation Practice, AuditActor Staff, ConsultationSchedule Schedule)> AddPracticeAsync(string name)
    {
        var practice = await AddOrganisationAsync(name, OrganisationKind.Practice);
        var staff = await AddStaffAsync($"{Guid.NewGuid():N}@praxis.test", SiteRole.Practice, practice.Id);
        return (practice, staff, await CreateScheduleAsync(ScheduleDraft(practice.Id, $"Sprechstunde {name}"), staff));
    }

    public static string Slot(ConsultationSchedule schedule, DateOnly day, int hour, int minute) =>
        SlotId.For(schedule.Id, BerlinTime.ToUtc(day, new TimeOnly(hour, minute)));

    /// <summary>A guest with an address and a number of their own (the limits per contact would otherwise join them).</summary>
    public static Patient Guest(string email, string name = "Gül Gast") =>
        new(null, name, email, $"0176 {Random.Shared.Next(1_000_000, 9_999_999)}");

    public Patient AccountHolder() => new(Resident.Id, Resident.DisplayName!, Resident.Email);

    public Task<Outcome<BookingReceipt>> BookAsync(string slotId, Patient? patient = null, Guid? roomId = null,
        ConsultationKind kind = ConsultationKind.FollowUp, string? reason = "Blutdruck besprechen") =>
        WithAsync(s => s.GetRequiredService<BookingService>().BookAsync(
            new BookingRequest(slotId, roomId, kind, patient ?? Guest($"{Guid.NewGuid():N}@example.org"), reason), AuditActor.System,
                None));

    /// <summary>A booking as the practice sees it: a guest's is verified with the link from the mail, as its owner would.</summary>
    public async Task<BookingReceipt> BookedAsync(string slotId, Patient? patient = null, Guid? roomId = null)
    {
        var outcome = await BookAsync(slotId, patient, roomId);
        Assert.True(outcome.Succeeded, outcome.Problem?.Code);
        var receipt = outcome.Value!;
        if (receipt.Appointment.AwaitsVerification)
        {
            var verified = await VerifyFromMailAsync(receipt.Appointment);
            Assert.True(verified.Succeeded, verified.Problem?.Code);
            return receipt with { Appointment = verified.Value! };
        }
        return receipt;
    }

    /// <summary>The guest opens the link from the verification mail and presses the button.</summary>
    public async Task<Outcome<TelemedicineAppointment>> VerifyFromMailAsync(TelemedicineAppointment appointment)
    {
        var token = await Offerings.MailedTokenAsync(appointment.Email!, $"/telemedizin/termine/{appointment.Id}/bestaetigen");
        return await WithAsync(s =>
            s.GetRequiredService<ContactVerification>().VerifyWithLinkAsync(appointment.Id, token, AuditActor.System, None));
    }

    public async Task<IReadOnlyList<Slot>> FreeSlotsAsync(DateOnly day, Guid? scheduleId = null, Guid? roomId = null)
    {
        var outcome = await WithAsync(s => s.GetRequiredService<SlotFinder>().FindAsync(
            new SlotQuery(SiteId, day, day) { ScheduleId = scheduleId, RoomId = roomId }, None));
        Assert.True(outcome.Succeeded, outcome.Problem?.Code);
        return outcome.Value!;
    }

    public async Task<Organisation> AddOrganisationAsync(string name, OrganisationKind kind)
    {
        await using var db = Database.CreateContext();
        var organisation = new Organisation { SiteId = SiteId, Name = name, Kind = kind };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation;
    }

    public async Task<AuditActor> AddStaffAsync(string email, SiteRole role, Guid? organisationId)
    {
        await using var db = Database.CreateContext();
        var user = new AppUser { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(),
            NormalizedUserName = email.ToUpperInvariant(), DisplayName = email };
        db.Users.Add(user);
        db.SiteRoleAssignments.Add(new SiteRoleAssignment { UserId = user.Id, SiteId = SiteId, Role = role,
            OrganisationId = organisationId });
        await db.SaveChangesAsync();
        return new AuditActor(user.Id, "127.0.0.1");
    }

    private static IEnumerable<DayOfWeek> Weekdays() =>
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private async Task SeedAsync()
    {
        Housing = await AddOrganisationAsync("Wohnen Test GmbH", OrganisationKind.HousingCompany);
        PracticeA = await AddOrganisationAsync("Hausarztpraxis A", OrganisationKind.Practice);
        PracticeB = await AddOrganisationAsync("Praxis B", OrganisationKind.Practice);
        PracticeAStaff = await AddStaffAsync("praxis-a@test.invalid", SiteRole.Practice, PracticeA.Id);
        PracticeBStaff = await AddStaffAsync("praxis-b@test.invalid", SiteRole.Practice, PracticeB.Id);
        RoomStaff = await AddStaffAsync("raum@test.invalid", SiteRole.Provider, Housing.Id);
        Coordinator = await AddStaffAsync("koordination@test.invalid", SiteRole.Coordinator, null);
        Resident = await Privacy.PrivacyKit.ResidentAsync(Offerings, "rosa@example.org");
        Room = await CreateRoomAsync(RoomDraft(Housing.Id));
        ScheduleA = await CreateScheduleAsync(ScheduleDraft(PracticeA.Id), PracticeAStaff);
    }

    public ValueTask DisposeAsync() => Offerings.DisposeAsync();
}
