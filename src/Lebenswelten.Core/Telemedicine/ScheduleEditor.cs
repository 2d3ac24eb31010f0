using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// A practice publishes and changes its video consultation hours (FHIR Schedule). Closing days:
/// <see cref="DayClosures"/>.
/// </summary>
public sealed class ScheduleEditor(LebensweltenDbContext db, TelemedicineAccess access, AuditLog audit, TimeProvider clock)
{
    /// <summary>The site's schedules (of one practice, if given); public, since hours hold no personal data.</summary>
    public Task<List<ConsultationSchedule>> ListAsync(Guid siteId, Guid? practiceOrganisationId, CancellationToken ct) =>
        Schedules().Where(s => s.SiteId == siteId && (practiceOrganisationId == null || s.PracticeOrganisationId == practiceOrganisationId))
            .OrderBy(s => s.Practice!.Name).ThenBy(s => s.Name).ToListAsync(ct);

    /// <summary>A practice's schedules wherever it is (FHIR Schedule?actor=Organization/{id} names no site).</summary>
    public Task<List<ConsultationSchedule>> ListByPracticeAsync(Guid practiceOrganisationId, CancellationToken ct) =>
        Schedules().Where(s => s.PracticeOrganisationId == practiceOrganisationId).OrderBy(s => s.Name).ToListAsync(ct);

    public Task<ConsultationSchedule?> FindAsync(Guid scheduleId, CancellationToken ct) =>
        Schedules().SingleOrDefaultAsync(s => s.Id == scheduleId, ct);

    public async Task<Outcome<ConsultationSchedule>> CreateAsync(Guid siteId, ScheduleDraft draft, AuditActor actor, CancellationToken ct)
    {
        if (ScheduleRules.Validate(draft) is { } invalid)
        {
            return invalid;
        }
        var practice = await db.Organisations.SingleOrDefaultAsync(o => o.Id == draft.PracticeOrganisationId && o.SiteId == siteId, ct);
        if (practice is not { Kind: OrganisationKind.Practice })
        {
            return DomainProblem.Field(nameof(draft.PracticeOrganisationId), "Unknown");
        }
        if (!await access.IsPracticeAsync(actor.UserId, siteId, practice.Id, ct))
        {
            return DomainProblem.Forbidden("Schedule.NotYours");
        }
        var now = clock.GetUtcNow();
        var schedule = new ConsultationSchedule
        {
            SiteId = siteId, PracticeOrganisationId = practice.Id, Name = draft.Name, CreatedAt = now,
        };
        if (await ApplyAsync(schedule, draft, now, ct) is { } problem)
        {
            return problem;
        }
        db.ConsultationSchedules.Add(schedule);
        audit.Record(actor, AuditAction.Create, "ConsultationSchedule", schedule.Id.ToString(), siteId);
        await db.SaveChangesAsync(ct);
        return schedule;
    }

    /// <summary>Appointments already booked stay when the hours change; the practice cancels them itself if it must.</summary>
    public async Task<Outcome<ConsultationSchedule>> UpdateAsync(Guid scheduleId, ScheduleDraft draft, AuditActor actor,
        CancellationToken ct)
    {
        if (ScheduleRules.Validate(draft) is { } invalid)
        {
            return invalid;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await TelemedicineLock.HoldAsync(db, [scheduleId], [], ct);
        var schedule = await db.ConsultationSchedules.Include(s => s.Hours).Include(s => s.Rooms)
            .SingleOrDefaultAsync(s => s.Id == scheduleId, ct);
        if (schedule is null || !await access.IsPracticeAsync(actor.UserId, schedule.SiteId, schedule.PracticeOrganisationId, ct))
        {
            return DomainProblem.NotFound("Schedule.NotFound");
        }
        if (draft.PracticeOrganisationId != schedule.PracticeOrganisationId)
        {
            return DomainProblem.Field(nameof(draft.PracticeOrganisationId), "CannotChange");
        }
        var now = clock.GetUtcNow();
        if (await ApplyAsync(schedule, draft, now, ct) is { } problem)
        {
            return problem;
        }
        audit.Record(actor, AuditAction.Change, "ConsultationSchedule", schedule.Id.ToString(), schedule.SiteId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return schedule;
    }

    private IQueryable<ConsultationSchedule> Schedules() =>
        db.ConsultationSchedules.AsNoTracking().AsSplitQuery().Include(s => s.Practice).Include(s => s.Hours).Include(s => s.Rooms);

    private async Task<DomainProblem?> ApplyAsync(ConsultationSchedule schedule, ScheduleDraft draft, DateTimeOffset now,
        CancellationToken ct)
    {
        var roomIds = draft.ServesAllRooms ? [] : draft.RoomIds.Distinct().ToList();
        var known = await db.TelemedicineRooms.CountAsync(r => r.SiteId == schedule.SiteId && roomIds.Contains(r.Id), ct);
        if (known != roomIds.Count)
        {
            return DomainProblem.Field(nameof(draft.RoomIds), "Unknown");
        }
        schedule.Name = draft.Name.Trim();
        schedule.SlotMinutes = draft.SlotMinutes;
        schedule.Kinds = draft.Kinds;
        schedule.HorizonDays = draft.HorizonDays;
        schedule.MinNoticeHours = draft.MinNoticeHours;
        schedule.CancellationDeadlineHours = draft.CancellationDeadlineHours;
        schedule.ServesAllRooms = draft.ServesAllRooms;
        schedule.VideoLink = TypedText.TrimmedOrNull(draft.VideoLink);
        schedule.IsActive = draft.IsActive;
        schedule.UpdatedAt = now;
        db.ConsultationHours.RemoveRange(schedule.Hours);
        // Rooms by difference: a removed and re-added link would be two tracked rows with one key.
        db.ScheduleRooms.RemoveRange(schedule.Rooms.Where(r => !roomIds.Contains(r.RoomId)));
        var added = roomIds.Where(id => schedule.Rooms.All(r => r.RoomId != id))
            .Select(id => new ScheduleRoom { ScheduleId = schedule.Id, RoomId = id }).ToList();
        schedule.Hours =
        [
            .. draft.Weekly.Select(w => new ConsultationHours
            {
                ScheduleId = schedule.Id, Weekday = w.Weekday, From = w.From, To = w.To, ValidFrom = w.ValidFrom, ValidUntil = w.ValidUntil,
            }),
            .. draft.Dates.Select(d => new ConsultationHours { ScheduleId = schedule.Id, Date = d.Date, From = d.From, To = d.To }),
        ];
        schedule.Rooms = [.. schedule.Rooms.Where(r => roomIds.Contains(r.RoomId)), .. added];
        // New rows carry their id already, so EF would take them for existing ones and UPDATE nothing.
        db.ConsultationHours.AddRange(schedule.Hours);
        db.ScheduleRooms.AddRange(added);
        return null;
    }
}
