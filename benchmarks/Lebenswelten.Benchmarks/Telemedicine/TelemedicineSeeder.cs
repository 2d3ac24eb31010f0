using System.Globalization;
using Lebenswelten.Benchmarks.Http;
using Lebenswelten.Benchmarks.Infrastructure;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Telemedicine;
using Microsoft.AspNetCore.Identity;

namespace Lebenswelten.Benchmarks.Telemedicine;

/// <summary>
/// Benchmark 3's data (issue 21), added to the database of <c>seed-http</c>: one site (Jena, a large city of a state-wide
/// installation) with 10 telemedicine rooms and 100 practices holding video hours there for 3 months, about 30 % of
/// the practice slots already booked, placed as the booking would (a free room, with its buffer). Fixed seed. Also
/// practice accounts with a known password and authenticator secret for /fhir, and the scenarios for telemedicine.sh:
/// <c>telemedicine.env</c> (shell variables) and <c>telemedicine.tsv</c> (name and path of each search).
/// </summary>
internal static class TelemedicineSeeder
{
    public const string SiteSlug = "jena";
    public const string Password = "Benchmark-Telemedizin-2026";
    public const string TotpSecret = "BENCHMARKTELEMEDIZINZWEITFAKTOR2";
    /// <summary>Practices 0 … BookingAccounts-1 get an account each for the booking client; one more reads for wrk.</summary>
    public const int BookingAccounts = 10;
    private const int BatchSize = 5_000;

    private static readonly (TimeOnly From, TimeOnly To)[] HourBlocks =
        [(new(8, 0), new(12, 0)), (new(9, 0), new(11, 30)), (new(14, 0), new(18, 0)), (new(16, 30), new(19, 30))];
    private static readonly int[] SlotLengths = [10, 15, 15, 20, 30];

    public static async Task<int> RunAsync(Arguments args)
    {
        var folder = args.Text("out");
        var practices = args.Number("practices", 100);
        var roomCount = args.Number("rooms", 10);
        var days = args.Number("days", 92);
        var bookedPercent = args.Number("booked-percent", 30);
        var now = TimeProvider.System.GetUtcNow();
        await using var database = BenchmarkDatabase.Open(DatabaseProvider.Postgres, args.Text("database"));
        var random = new Random(2103);
        Seeded seeded = null!;
        var time = await Harness.TimeAsync(async () => seeded = await SeedAsync(database, practices, roomCount, days, bookedPercent, now, random));
        await Catalogue.Sql.ExecuteAsync(database, "VACUUM (ANALYZE)");
        var today = BerlinTime.LocalDate(now);
        var schedule = seeded.Schedules[0];
        await File.WriteAllLinesAsync(Path.Combine(folder, "telemedicine.env"),
        [
            $"TM_SITE={SiteSlug}",
            $"TM_SCHEDULE={schedule.Id}",
            $"TM_READER={Email(BookingAccounts)}",
            $"TM_BOOKER_SCHEDULES={string.Join(',', seeded.Schedules.Take(BookingAccounts).Select(s => s.Id))}",
            $"TM_BOOKERS={string.Join(',', Enumerable.Range(0, BookingAccounts).Select(Email))}",
            $"TM_PASSWORD={Password}",
            $"TM_TOTP={TotpSecret}",
            $"TM_SEEDED='{seeded.Summary}, {time.TotalSeconds:N0} s'",
        ]);
        await File.WriteAllLinesAsync(Path.Combine(folder, "telemedicine.tsv"),
            Scenarios(schedule.Id, today).Select(s => $"{s.Name}\t{s.Path}\t{(s.Fhir ? "fhir" : "public")}"));
        Console.Error.WriteLine($"seeded telemedicine into {database.Location}: {seeded.Summary} in {time.TotalSeconds:N0} s");
        return 0;
    }

    /// <summary>The searches over HTTP: one practice's week as the booking page and the JSON API show it, the FHIR Slot search.</summary>
    public static IReadOnlyList<(string Name, string Path, bool Fhir)> Scenarios(Guid scheduleId, DateOnly today)
    {
        var week = today.AddDays(7 - ((int)today.DayOfWeek + 6) % 7);   // next Monday
        var last = today.AddDays(SlotFinder.MaxDays - 1);
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return
        [
            ("booking page, one practice, next week (HTML)", $"/standorte/{SiteSlug}/telemedizin/buchen?sprechstunde={scheduleId}&woche={Day(week)}", false),
            ("JSON API, one practice, next week", $"/api/sites/{SiteSlug}/telemedicine/slots?schedule={scheduleId}&from={Day(week)}&to={Day(week.AddDays(6))}", false),
            ("JSON API, all 100 practices, next week", $"/api/sites/{SiteSlug}/telemedicine/slots?from={Day(week)}&to={Day(week.AddDays(6))}", false),
            ("FHIR Slot, one schedule, next week, free", $"/fhir/Slot?schedule=Schedule/{scheduleId}&start=ge{Day(week)}&start=le{Day(week.AddDays(6))}&status=free", true),
            ($"FHIR Slot, one schedule, {SlotFinder.MaxDays} days (the most), free", $"/fhir/Slot?schedule=Schedule/{scheduleId}&start=ge{Day(today)}&start=le{Day(last)}&status=free", true),
        ];
    }

    public static string Email(int practice) => $"praxis-{practice:000}@telemedizin.benchmark.example";

    private sealed record Seeded(List<ConsultationSchedule> Schedules, string Summary);

    private static async Task<Seeded> SeedAsync(BenchmarkDatabase database, int practiceCount, int roomCount, int days, int bookedPercent,
        DateTimeOffset now, Random random)
    {
        await using var db = database.CreateContext();
        var site = await db.Sites.SingleAsync(s => s.Slug == SiteSlug);
        var housing = new Organisation
        {
            SiteId = site.Id, Name = "Wohnungsgenossenschaft (Benchmark)", Kind = OrganisationKind.HousingCompany, IsSampleData = true,
        };
        var practices = Enumerable.Range(0, practiceCount).Select(i => new Organisation
        {
            SiteId = site.Id, Name = $"Praxis {i:000} (Benchmark)", Kind = OrganisationKind.Practice, IsSampleData = true,
        }).ToList();
        var rooms = Enumerable.Range(0, roomCount).Select(i => Room(site.Id, housing.Id, i, now)).ToList();
        var schedules = practices.Select((p, i) => Schedule(site.Id, p.Id, i, rooms, random, now)).ToList();
        db.Organisations.AddRange([housing, .. practices]);
        db.TelemedicineRooms.AddRange(rooms);
        db.ConsultationSchedules.AddRange(schedules);
        AddAccounts(db, site.Id, practices);
        await db.SaveChangesAsync();

        var (appointments, slots) = Appointments(site.Id, rooms, schedules, days, bookedPercent, now, random);
        foreach (var batch in appointments.Chunk(BatchSize))
        {
            await using var batchDb = database.CreateContext();
            batchDb.ChangeTracker.AutoDetectChangesEnabled = false;
            batchDb.TelemedicineAppointments.AddRange(batch);
            await batchDb.SaveChangesAsync();
        }
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{practiceCount} practices, {roomCount} rooms, {days} days: {slots:N0} practice slots, {appointments.Count:N0} booked " +
            $"({100.0 * appointments.Count / Math.Max(slots, 1):F0} %)");
        return new Seeded(schedules, summary);
    }

    /// <summary>Open Monday to Friday 8–20 and Saturday morning, 10 minutes' buffer after each booking.</summary>
    private static TelemedicineRoom Room(Guid siteId, Guid operatorId, int i, DateTimeOffset now)
    {
        var room = new TelemedicineRoom
        {
            SiteId = siteId, Name = $"Telemedizinraum {i + 1:00} (Benchmark)", OperatorOrganisationId = operatorId,
            Address = new PostalAddress { Street = $"Quartiersweg {i + 1}", PostalCode = "07747", City = "Jena" },
            BufferMinutes = 10, IsSampleData = true, CreatedAt = now, UpdatedAt = now,
        };
        foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
        {
            room.OpeningHours.Add(new RoomOpeningHours { RoomId = room.Id, Weekday = day, From = new(8, 0), To = new(20, 0) });
        }
        room.OpeningHours.Add(new RoomOpeningHours { RoomId = room.Id, Weekday = DayOfWeek.Saturday, From = new(9, 0), To = new(13, 0) });
        return room;
    }

    /// <summary>
    /// Two or three blocks of hours a week (the booking practices: ten); six in ten practices use every room, the
    /// others three of them.
    /// </summary>
    private static ConsultationSchedule Schedule(Guid siteId, Guid practiceId, int i, List<TelemedicineRoom> rooms, Random random,
        DateTimeOffset now)
    {
        var schedule = new ConsultationSchedule
        {
            SiteId = siteId, PracticeOrganisationId = practiceId, Name = $"Videosprechstunde Praxis {i:000}",
            SlotMinutes = SlotLengths[random.Next(SlotLengths.Length)],
            Kinds = ConsultationKinds.FollowUp | (random.Next(2) == 0 ? ConsultationKinds.PrescriptionTalk : ConsultationKinds.Counselling),
            HorizonDays = 92, MinNoticeHours = 2, CancellationDeadlineHours = 24,
            ServesAllRooms = random.Next(10) < 6 || i < BookingAccounts, IsSampleData = true, CreatedAt = now, UpdatedAt = now,
        };
        if (!schedule.ServesAllRooms)
        {
            schedule.Rooms.AddRange(rooms.OrderBy(_ => random.Next()).Take(3).Select(r => new ScheduleRoom { ScheduleId = schedule.Id, RoomId = r.Id }));
        }
        var weekdays = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };
        if (i < BookingAccounts)
        {
            schedule.SlotMinutes = 15;
            // The booking practices are the large ones (a medical centre): four hours of 15-minute slots every weekday,
            // mornings and afternoons in turn, in every room, so that each has enough free slots for the booking client.
            schedule.Hours.AddRange(weekdays.Select((day, d) => new ConsultationHours
            {
                ScheduleId = schedule.Id, Weekday = day, From = HourBlocks[(d + i) % 2 * 2].From, To = HourBlocks[(d + i) % 2 * 2].To,
            }));
            return schedule;
        }
        foreach (var day in weekdays.OrderBy(_ => random.Next()).Take(2 + random.Next(2)))
        {
            var (from, to) = HourBlocks[random.Next(HourBlocks.Length)];
            schedule.Hours.Add(new ConsultationHours { ScheduleId = schedule.Id, Weekday = day, From = from, To = to });
        }
        return schedule;
    }

    /// <summary>
    /// Walks every practice slot from today for <paramref name="days"/> days; about <paramref name="bookedPercent"/> % are
    /// booked into a free room the schedule is held in (random order), as the booking would: no overlap in the
    /// practice, none in the room including the buffer. A slot no room can take stays free of bookings.
    /// </summary>
    private static (List<TelemedicineAppointment> Booked, int Slots) Appointments(Guid siteId, List<TelemedicineRoom> rooms,
        List<ConsultationSchedule> schedules, int days, int bookedPercent, DateTimeOffset now, Random random)
    {
        var booked = new List<TelemedicineAppointment>();
        // Per room and day: a slot and its buffer never reach into another day (rooms close by 20:00).
        var roomBlocks = new Dictionary<(Guid, DateOnly), List<(DateTimeOffset From, DateTimeOffset To)>>();
        var codes = new Dictionary<(Guid, DateOnly), HashSet<string>>();
        var slots = 0;
        var today = BerlinTime.LocalDate(now);
        var day = today;
        List<(DateTimeOffset From, DateTimeOffset To)> Blocks(Guid room) =>
            roomBlocks.TryGetValue((room, day), out var list) ? list : roomBlocks[(room, day)] = [];
        var earliest = now.AddHours(2);
        for (; day < today.AddDays(days); day = day.AddDays(1))
        {
            foreach (var schedule in schedules)
            {
                var served = schedule.ServesAllRooms ? rooms : rooms.Where(r => schedule.Rooms.Any(l => l.RoomId == r.Id)).ToList();
                foreach (var hours in schedule.Hours.Where(h => h.AppliesOn(day)))
                {
                    var end = BerlinTime.ToUtc(day, hours.To);
                    var length = TimeSpan.FromMinutes(schedule.SlotMinutes);
                    for (var start = BerlinTime.ToUtc(day, hours.From); start + length <= end; start += length)
                    {
                        if (start < earliest)
                        {
                            continue;
                        }
                        slots++;
                        if (random.Next(100) >= bookedPercent)
                        {
                            continue;
                        }
                        var slotEnd = start + length;
                        var room = served.OrderBy(_ => random.Next()).FirstOrDefault(r =>
                            RoomOpen(r, day, start, slotEnd)
                            && !Blocks(r.Id).Any(b => b.From < slotEnd.AddMinutes(r.BufferMinutes) && start < b.To));
                        if (room is null)
                        {
                            continue;
                        }
                        Blocks(room.Id).Add((start, slotEnd.AddMinutes(room.BufferMinutes)));
                        var taken = codes.TryGetValue((room.Id, day), out var set) ? set : codes[(room.Id, day)] = [];
                        var code = CheckInCodes.CreateUnique(taken);
                        taken.Add(code);
                        booked.Add(new TelemedicineAppointment
                        {
                            SiteId = siteId, ScheduleId = schedule.Id, PracticeOrganisationId = schedule.PracticeOrganisationId,
                            RoomId = room.Id, StartsAt = start, EndsAt = slotEnd, RoomBlockedUntil = slotEnd.AddMinutes(room.BufferMinutes),
                            LocalDate = day, Kind = ConsultationKind.FollowUp, Name = $"Patientin {booked.Count} (Benchmark)",
                            Status = AppointmentStatus.Booked, CheckInCode = code, CreatedAt = now,
                            // Reminded already: the reminder job must not write thousands of mails during the measurement.
                            ReminderSentAt = now,
                        });
                    }
                }
            }
        }
        return (booked, slots);
    }

    private static bool RoomOpen(TelemedicineRoom room, DateOnly day, DateTimeOffset start, DateTimeOffset end) =>
        room.OpeningHours.Any(h => h.Weekday == day.DayOfWeek && BerlinTime.ToUtc(day, h.From) <= start && end <= BerlinTime.ToUtc(day, h.To));

    /// <summary>
    /// One account per booking practice and one more (practice 0) for the wrk searches: the Practice role, a second
    /// factor with a known secret (/fhir takes staff bearer tokens only), as the demo seed makes them.
    /// </summary>
    private static void AddAccounts(LebensweltenDbContext db, Guid siteId, List<Organisation> practices)
    {
        string? hash = null;
        for (var i = 0; i <= BookingAccounts; i++)
        {
            var email = Email(i);
            var user = new AppUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, DisplayName = $"Praxis-Software {i:000}", TwoFactorEnabled = true, LockoutEnabled = true,
                SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString(),
            };
            // PBKDF2 is slow on purpose: one hash for all (the salt is in it), as the demo seed does.
            user.PasswordHash = hash ??= new PasswordHasher<AppUser>().HashPassword(user, Password);
            user.SiteRoles.Add(new SiteRoleAssignment
            {
                UserId = user.Id, SiteId = siteId, Role = SiteRole.Practice, OrganisationId = practices[i % BookingAccounts].Id,
            });
            db.Users.Add(user);
            db.UserTokens.Add(new IdentityUserToken<string>
            {
                UserId = user.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = TotpSecret,
            });
        }
    }
}
