using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Core.Demo;

/// <summary>
/// The telemedicine room of the smart quarter Jena-Lobeda (seed 000): run by Stadtwerke Jena, whose staff (the demo
/// coordinator acts for them) see its day list; the sample practice holds video hours there. Hours, equipment and
/// appointments are made up and marked as sample data; the demo appointments carry no contact data, so no mail goes out.
/// </summary>
internal static class DemoTelemedicine
{
    public const string RoomName = "Telemedizinraum Smartes Quartier";
    public const string Operator = "Stadtwerke Jena GmbH";
    public const string Practice = "Hausarztpraxis am Quartier (Beispiel)";
    private static readonly DayOfWeek[] Mornings = [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday];
    private static readonly DayOfWeek[] Afternoons = [DayOfWeek.Tuesday, DayOfWeek.Thursday];

    public static (TelemedicineRoom Room, ConsultationSchedule Schedule)? Add(LebensweltenDbContext db, string siteSlug, Guid siteId,
        IReadOnlyList<Organisation> organisations, IReadOnlyList<District> districts, DateTimeOffset now)
    {
        if (siteSlug != "jena")
        {
            return null;
        }
        var room = new TelemedicineRoom
        {
            SiteId = siteId, Name = RoomName, OperatorOrganisationId = organisations.Single(o => o.Name == Operator).Id,
            Address = new PostalAddress { Street = "Ziegesarstraße 11", PostalCode = "07747", City = "Jena" },
            DistrictId = districts.FirstOrDefault(d => d.Name == "Neulobeda")?.Id, Latitude = 50.8812, Longitude = 11.6149,
            Equipment = "Großer Bildschirm mit Kamera, Headset und Lautsprecher, Blutdruckmessgerät, Waage; "
                + "Hilfe vor Ort bei der Technik.",
            Accessibility = AccessibilityFeatures.StepFree | AccessibilityFeatures.InductionLoop,
            BufferMinutes = 10, IsSampleData = true, CreatedAt = now, UpdatedAt = now,
        };
        foreach (var day in Mornings.Concat(Afternoons).Order())
        {
            room.OpeningHours.Add(new RoomOpeningHours { RoomId = room.Id, Weekday = day, From = new(8, 0), To = new(12, 30) });
            room.OpeningHours.Add(new RoomOpeningHours { RoomId = room.Id, Weekday = day, From = new(13, 30), To = new(18, 0) });
        }
        var schedule = new ConsultationSchedule
        {
            SiteId = siteId, PracticeOrganisationId = organisations.Single(o => o.Name == Practice).Id,
            Name = "Videosprechstunde Hausarztpraxis am Quartier", SlotMinutes = 15,
            Kinds = ConsultationKinds.FollowUp | ConsultationKinds.PrescriptionTalk | ConsultationKinds.FindingsDiscussion,
            HorizonDays = 28, MinNoticeHours = 2, CancellationDeadlineHours = 24,
            VideoLink = "https://videosprechstunde.example/hausarztpraxis-am-quartier",
            IsSampleData = true, CreatedAt = now, UpdatedAt = now,
        };
        schedule.Hours.AddRange(Mornings.Select(d =>
            new ConsultationHours { ScheduleId = schedule.Id, Weekday = d, From = new(8, 0), To = new(12, 0) }));
        schedule.Hours.AddRange(Afternoons.Select(d =>
            new ConsultationHours { ScheduleId = schedule.Id, Weekday = d, From = new(14, 0), To = new(17, 0) }));
        db.TelemedicineRooms.Add(room);
        db.ConsultationSchedules.Add(schedule);
        return (room, schedule);
    }

    /// <summary>On the next morning with video hours: two sample patients and the demo resident.</summary>
    public static void AddAppointments(LebensweltenDbContext db, TelemedicineRoom room, ConsultationSchedule schedule,
        string residentUserId, string residentName, DateTimeOffset now)
    {
        var day = BerlinTime.LocalDate(now).AddDays(1);
        while (!Mornings.Contains(day.DayOfWeek))
        {
            day = day.AddDays(1);
        }
        var codes = new HashSet<string>();
        Add(new(8, 30), "Patientin 1 (Beispiel)", null, ConsultationKind.PrescriptionTalk);
        Add(new(9, 0), residentName, residentUserId, ConsultationKind.FollowUp);
        Add(new(10, 15), "Patient 2 (Beispiel)", null, ConsultationKind.FindingsDiscussion);

        void Add(TimeOnly time, string name, string? userId, ConsultationKind kind)
        {
            var start = BerlinTime.ToUtc(day, time);
            var end = start.AddMinutes(schedule.SlotMinutes);
            var code = CheckInCodes.CreateUnique(codes);
            codes.Add(code);
            db.TelemedicineAppointments.Add(new TelemedicineAppointment
            {
                SiteId = room.SiteId, ScheduleId = schedule.Id, PracticeOrganisationId = schedule.PracticeOrganisationId, RoomId = room.Id,
                StartsAt = start, EndsAt = end, RoomBlockedUntil = end.AddMinutes(room.BufferMinutes), LocalDate = day, Kind = kind,
                Reason = "Beispieldaten", UserId = userId, Name = name, Status = AppointmentStatus.Booked, CheckInCode = code,
                CreatedAt = now, ReminderSentAt = now,
            });
        }
    }
}
