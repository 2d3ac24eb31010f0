using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Telemedicine;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Telemedicine;

/// <summary>
/// A test's own room at Jena (run by Stadtwerke Jena, so coordinator@jena.demo staffs it) and the demo practice's hours
/// there only.
/// </summary>
public sealed record TestRoom(TelemedicineRoom Room, ConsultationSchedule Schedule)
{
    public string Slot(DateOnly day, int hour, int minute) => SlotId.For(Schedule.Id, BerlinTime.ToUtc(day, new TimeOnly(hour, minute)));

    /// <summary>The booking page's week of free times with this schedule, tomorrow's week.</summary>
    public string BookingWeek =>
        $"/standorte/jena/telemedizin/buchen?sprechstunde={Schedule.Id}&woche={TestTelemedicine.Tomorrow:yyyy-MM-dd}";
}

/// <summary>
/// Each test's own room and schedule, so that tests sharing the app host never take each other's slots. The demo practice
/// (practice@jena.demo) holds the hours; its pasted meeting link is <see cref="VideoLink"/>.
/// </summary>
public static class TestTelemedicine
{
    public const string Site = "jena";
    public const string PracticeName = "Hausarztpraxis am Quartier (Beispiel)";
    public const string OperatorName = "Stadtwerke Jena GmbH";
    public const string VideoLink = "https://video.example/praxis-am-quartier";

    public static DateOnly Tomorrow => BerlinTime.LocalDate(DateTimeOffset.UtcNow).AddDays(1);

    /// <summary>Tomorrow 10:00–12:00 in 15-minute slots, bookable at zero notice, cancellable until an hour before.</summary>
    public static Task<TestRoom> CreateAsync(AppHost host, IReadOnlyList<DateHours>? dates = null, int slotMinutes = 15,
        int deadlineHours = 1, ConsultationKinds kinds = ConsultationKinds.FollowUp | ConsultationKinds.PrescriptionTalk) =>
        WithAsync(host, async (services, db) =>
        {
            var jena = await db.Sites.SingleAsync(s => s.Slug == Site);
            var operatorId = await db.Organisations.Where(o => o.SiteId == jena.Id && o.Name == OperatorName).Select(o => o.Id)
                .SingleAsync();
            var practiceId = await db.Organisations.Where(o => o.SiteId == jena.Id && o.Name == PracticeName).Select(o => o.Id)
                .SingleAsync();
            var room = await services.GetRequiredService<RoomEditor>().CreateAsync(jena.Id, new RoomDraft
            {
                Name = $"Testraum {Guid.NewGuid().ToString("N")[..8]}", Street = "Testweg 1", PostalCode = "07747", City = "Jena",
                OperatorOrganisationId = operatorId, BufferMinutes = 5,
                OpeningHours = [.. Enum.GetValues<DayOfWeek>().Select(d => new WeekdayHours(d, new TimeOnly(0, 0), new TimeOnly(23, 59)))],
            }, await ActorAsync(db, "coordinator@jena.demo"), default);
            var schedule = await services.GetRequiredService<ScheduleEditor>().CreateAsync(jena.Id, new ScheduleDraft
            {
                PracticeOrganisationId = practiceId, Name = $"Test-Sprechstunde {room.Value!.Name}", SlotMinutes = slotMinutes,
                    Kinds = kinds,
                HorizonDays = 28, MinNoticeHours = 0, CancellationDeadlineHours = deadlineHours, ServesAllRooms = false,
                RoomIds = [room.Value.Id], VideoLink = VideoLink,
                Dates = dates ?? [new DateHours(Tomorrow, new TimeOnly(10, 0), new TimeOnly(12, 0))],
            }, await ActorAsync(db, "practice@jena.demo"), default);
            Assert.True(schedule.Succeeded, schedule.Problem?.ToString());
            return new TestRoom(room.Value, schedule.Value!);
        });

    /// <summary>A room whose one 5-minute slot starts 5 to 10 minutes from now: its video window is open already.</summary>
    public static async Task<(TestRoom Setup, string SlotId)> StartingSoonAsync(AppHost host)
    {
        var now = DateTimeOffset.UtcNow;
        var start = new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerMinute, TimeSpan.Zero).AddMinutes(10 - now.Minute % 5);
        var day = BerlinTime.LocalDate(start);
        var from = TimeOnly.FromDateTime(BerlinTime.ToLocal(start).DateTime);
        if (from > new TimeOnly(23, 54))
        {
            // Hours end at midnight: the next slot is the new day's first, still less than 10 minutes away.
            (day, from) = (day.AddDays(1), TimeOnly.MinValue);
            start = BerlinTime.ToUtc(day, from);
        }
        var setup = await CreateAsync(host, [new DateHours(day, from, from.AddMinutes(5))], slotMinutes: 5);
        return (setup, SlotId.For(setup.Schedule.Id, start));
    }

    /// <summary>
    /// A booking beside the web; a guest's is verified with the link from the mail, as its owner would (unless told not
    /// to).
    /// </summary>
    public static async Task<BookingReceipt> BookAsync(AppHost host, string slotId, string? email = null, string name = "Gül Gast",
        string? reason = "Blutdruckwerte besprechen", string? userId = null, bool verify = true)
    {
        var receipt = await WithAsync(host, async (services, _) =>
        {
            var outcome = await services.GetRequiredService<BookingService>().BookAsync(new BookingRequest(slotId, null,
                ConsultationKind.FollowUp, new Patient(userId, name, email ?? GuestEmail(), GuestPhone()), reason), AuditActor.System,
                    default);
            Assert.True(outcome.Succeeded, outcome.Problem?.ToString());
            return outcome.Value!;
        });
        if (!verify || !receipt.Appointment.AwaitsVerification)
        {
            return receipt;
        }
        var token = await VerificationTokenAsync(host, receipt.Appointment);
        return await WithAsync(host, async (services, _) =>
        {
            var verified = await services.GetRequiredService<ContactVerification>()
                .VerifyWithLinkAsync(receipt.Appointment.Id, token, AuditActor.System, default);
            Assert.True(verified.Succeeded, verified.Problem?.ToString());
            return receipt with { Appointment = verified.Value! };
        });
    }

    /// <summary>The secret of the verification link in the mail to the appointment's address.</summary>
    public static async Task<string> VerificationTokenAsync(AppHost host, TelemedicineAppointment appointment)
    {
        var link = await MailedLinks.InOutboxAsync(host, appointment.Email!, $"/telemedizin/termine/{appointment.Id}/bestaetigen");
        return Uri.UnescapeDataString(link.Split("token=")[1]);
    }

    /// <summary>A German mobile number of the test's own: the limits per number would otherwise join the tests sharing a host.</summary>
    public static string GuestPhone() => $"0176 {Random.Shared.Next(1_000_000, 9_999_999)}";

    /// <summary>An appointment that ended an hour ago (booking refuses the past, so it is written as the demo data is).</summary>
    public static Task<(TelemedicineAppointment Appointment, string Token)> PastAsync(AppHost host, TestRoom setup) =>
        WrittenAsync(host, setup, DateTimeOffset.UtcNow.AddHours(-1).AddMinutes(-15), "Vergangen Gast", null);

    /// <summary>
    /// An appointment starting this very minute, so it is on today's list of the room whatever the hour (a booking made
    /// in the last minutes before midnight would fall on tomorrow).
    /// </summary>
    public static Task<(TelemedicineAppointment Appointment, string Token)> NowAsync(AppHost host, TestRoom setup, string name,
        string reason,
        string? userId = null) =>
        WrittenAsync(host, setup, DateTimeOffset.UtcNow, name, reason, userId);

    private static Task<(TelemedicineAppointment Appointment, string Token)> WrittenAsync(AppHost host, TestRoom setup,
        DateTimeOffset start,
        string name, string? reason, string? userId = null) =>
        WithAsync(host, async (services, db) =>
        {
            var end = start.AddMinutes(15);
            var appointment = new TelemedicineAppointment
            {
                SiteId = setup.Room.SiteId, ScheduleId = setup.Schedule.Id, PracticeOrganisationId = setup.Schedule.PracticeOrganisationId,
                RoomId = setup.Room.Id, StartsAt = start, EndsAt = end, RoomBlockedUntil = end, LocalDate = BerlinTime.LocalDate(start),
                Kind = ConsultationKind.FollowUp, Reason = reason, Name = name, Email = GuestEmail(), UserId = userId,
                    Status = AppointmentStatus.Booked,
                CheckInCode = CheckInCodes.Create(), CreatedAt = start.AddDays(-1),
            };
            var token = services.GetRequiredService<AppointmentTokens>().Issue(appointment);
            db.TelemedicineAppointments.Add(appointment);
            await db.SaveChangesAsync();
            return (appointment, token);
        });

    /// <summary>
    /// The person's appointment tomorrow in the test's own room, cancelled because the room's manager closed that day:
    /// it waits on the practice's rebooking page.
    /// </summary>
    public static async Task<TelemedicineAppointment> ClosedOutAsync(AppHost host, TestRoom setup, TestAccount person)
    {
        var booked = await BookAsync(host, setup.Slot(Tomorrow, 11, 0), person.Email, person.DisplayName, userId: person.Id);
        await WithAsync(host, async (services, db) =>
        {
            var closed = await services.GetRequiredService<DayClosures>().CloseRoomAsync(setup.Room.Id,
                new ClosureDraft(Tomorrow, Tomorrow, "Wasserschaden"), await ActorAsync(db, "coordinator@jena.demo"), default);
            Assert.True(closed.Succeeded, closed.Problem?.ToString());
            return closed.Value!;
        });
        return (await FindAsync(host, booked.Appointment.Id))!;
    }

    public static Task<TelemedicineAppointment?> FindAsync(AppHost host, Guid id) =>
        WithAsync(host, (_, db) => db.TelemedicineAppointments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id));

    public static Task<List<Slot>> FreeSlotsAsync(AppHost host, TestRoom setup, DateOnly day) =>
        WithAsync(host, async (services, _) => (await services.GetRequiredService<SlotFinder>().FindAsync(
            new SlotQuery(setup.Room.SiteId, day, day) { ScheduleId = setup.Schedule.Id }, default)).Value!.ToList());

    /// <summary>The audit lines of one kind written since <paramref name="since"/> by the named account.</summary>
    public static Task<int> AuditReadsAsync(AppHost host, string email, string dataKind, DateTimeOffset since) =>
        WithAsync(host, async (_, db) =>
        {
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            return (await db.AuditEntries.Where(e => e.ActorUserId == userId && e.DataKind == dataKind).ToListAsync())
                .Count(e => e.At >= since);
        });

    /// <summary>A practice of Jena's own with one staff account (second factor: the demo authenticator), for "another practice".</summary>
    public static Task<string> OtherPracticeAsync(AppHost host) =>
        WithAsync(host, async (services, db) =>
        {
            var jena = await db.Sites.SingleAsync(s => s.Slug == Site);
            var practice = new Core.Organisations.Organisation { SiteId = jena.Id, Name = $"Andere Praxis {Guid.NewGuid().ToString("N")[..6]}",
                Kind = Core.Organisations.OrganisationKind.Practice };
            db.Organisations.Add(practice);
            await db.SaveChangesAsync();
            var email = $"andere-praxis-{Guid.NewGuid():N}@example.org";
            var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Core.Identity.AppUser>>();
            var user = new Core.Identity.AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Andere Praxis",
                TwoFactorEnabled = true };
            user.SiteRoles.Add(new Core.Identity.SiteRoleAssignment
            {
                UserId = user.Id, SiteId = jena.Id, Role = Core.Identity.SiteRole.Practice, OrganisationId = practice.Id,
            });
            Assert.True((await users.CreateAsync(user, AppHost.DemoPassword)).Succeeded);
            await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", AppHost.DemoTotpSecret);
            return email;
        });

    /// <summary>The organisation that runs the test rooms (Stadtwerke Jena).</summary>
    public static Task<Guid> OperatorIdAsync(AppHost host) =>
        WithAsync(host,
            (_, db) => db.Organisations.Where(o => db.Sites.Any(s => s.Id == o.SiteId && s.Slug == Site) && o.Name == OperatorName)
            .Select(o => o.Id).SingleAsync());

    public static string GuestEmail() => $"patient-{Guid.NewGuid().ToString("N")[..10]}@example.org";

    private static async Task<AuditActor> ActorAsync(LebensweltenDbContext db, string email) =>
        new(await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(), "127.0.0.1");

    private static async Task<T> WithAsync<T>(AppHost host, Func<IServiceProvider, LebensweltenDbContext, Task<T>> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>());
    }
}
