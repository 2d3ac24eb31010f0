using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>Days to close, Europe/Berlin dates, both inclusive (one day: From = To).</summary>
public sealed record ClosureDraft(DateOnly From, DateOnly To, string? Reason = null);

/// <summary>The closure made, and the appointments it cancelled (their people were mailed).</summary>
public sealed record ClosureResult(TelemedicineClosure Closure, IReadOnlyList<TelemedicineAppointment> Cancelled)
{
    public int AppointmentsCancelled => Cancelled.Count;
}

/// <summary>
/// A room or a practice closes days: no slot shows there any more, and every appointment still to come on those days
/// is cancelled and its patient told by mail — all in one transaction, under the room's or the practice's locks.
/// Before that, the staff see exactly whom it will cancel (<see cref="AffectedByRoomClosureAsync"/>), and a closure
/// that cancels anyone needs a reason, which the mail tells them.
/// </summary>
public sealed class DayClosures(LebensweltenDbContext db, TelemedicineAccess access, TelemedicineMails mails, AuditLog audit,
    TimeProvider clock)
{
    public Task<Outcome<ClosureResult>> CloseRoomAsync(Guid roomId, ClosureDraft draft, AuditActor actor, CancellationToken ct) =>
        CloseAsync(draft, actor, () => RoomScopeAsync(roomId, actor, ct), ct);

    /// <summary>Closes every schedule of the practice on those days.</summary>
    public Task<Outcome<ClosureResult>> ClosePracticeAsync(Guid practiceOrganisationId, ClosureDraft draft, AuditActor actor,
        CancellationToken ct) =>
        CloseAsync(draft, actor, () => PracticeScopeAsync(practiceOrganisationId, actor, ct), ct);

    /// <summary>The bookings closing the room's days would cancel, by start (a read of who comes: audited).</summary>
    public Task<Outcome<IReadOnlyList<TelemedicineAppointment>>> AffectedByRoomClosureAsync(Guid roomId, ClosureDraft draft,
        AuditActor actor, CancellationToken ct) =>
        AffectedAsync(draft, actor, () => RoomScopeAsync(roomId, actor, ct), ct);

    public Task<Outcome<IReadOnlyList<TelemedicineAppointment>>> AffectedByPracticeClosureAsync(Guid practiceOrganisationId,
        ClosureDraft draft, AuditActor actor, CancellationToken ct) =>
        AffectedAsync(draft, actor, () => PracticeScopeAsync(practiceOrganisationId, actor, ct), ct);

    /// <summary>The closures of a site from a date on (public: they say nothing about anyone).</summary>
    public Task<List<TelemedicineClosure>> ListAsync(Guid siteId, DateOnly from, CancellationToken ct) =>
        db.TelemedicineClosures.AsNoTracking().Where(c => c.SiteId == siteId && c.ToDate >= from)
            .OrderBy(c => c.FromDate).ToListAsync(ct);

    /// <summary>Opens closed days again; appointments cancelled by the closure stay cancelled (their patients were told).</summary>
    public async Task<Outcome<TelemedicineClosure>> ReopenAsync(Guid closureId, AuditActor actor, CancellationToken ct)
    {
        var closure = await db.TelemedicineClosures.SingleOrDefaultAsync(c => c.Id == closureId, ct);
        if (closure is null || !await MayChangeAsync(closure, actor, ct))
        {
            return DomainProblem.NotFound("Closure.NotFound");
        }
        db.TelemedicineClosures.Remove(closure);
        audit.Record(actor, AuditAction.Delete, "TelemedicineClosure", closure.Id.ToString(), closure.SiteId);
        await db.SaveChangesAsync(ct);
        return closure;
    }

    /// <summary>What a closure covers: its record to be, the appointments it may touch, and the rows to lock.</summary>
    private sealed record Scope(TelemedicineClosure Closure, IQueryable<TelemedicineAppointment> Appointments, AppointmentStatus Status,
        IReadOnlyList<Guid> Schedules, IReadOnlyList<Guid> Rooms);

    private async Task<Outcome<Scope>> RoomScopeAsync(Guid roomId, AuditActor actor, CancellationToken ct)
    {
        var room = await db.TelemedicineRooms.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roomId, ct);
        if (room is null || !await access.CanManageRoomAsync(actor.UserId, room.SiteId, room.OperatorOrganisationId, ct))
        {
            return DomainProblem.NotFound("Room.NotFound");
        }
        return new Scope(new TelemedicineClosure { SiteId = room.SiteId, RoomId = room.Id },
            db.TelemedicineAppointments.Where(a => a.RoomId == roomId), AppointmentStatus.CancelledByRoomClosure, [], [roomId]);
    }

    private async Task<Outcome<Scope>> PracticeScopeAsync(Guid practiceOrganisationId, AuditActor actor, CancellationToken ct)
    {
        var practice = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == practiceOrganisationId, ct);
        if (practice is not { Kind: OrganisationKind.Practice }
            || !await access.IsPracticeAsync(actor.UserId, practice.SiteId, practice.Id, ct))
        {
            return DomainProblem.NotFound("Practice.NotFound");
        }
        var schedules = await db.ConsultationSchedules.Where(s => s.PracticeOrganisationId == practice.Id).Select(s => s.Id)
            .ToListAsync(ct);
        return new Scope(new TelemedicineClosure { SiteId = practice.SiteId, PracticeOrganisationId = practice.Id },
            db.TelemedicineAppointments.Where(a => a.PracticeOrganisationId == practice.Id), AppointmentStatus.CancelledByPracticeClosure,
            schedules, []);
    }

    private async Task<Outcome<IReadOnlyList<TelemedicineAppointment>>> AffectedAsync(ClosureDraft draft, AuditActor actor,
        Func<Task<Outcome<Scope>>> scopeOf, CancellationToken ct)
    {
        if (ClosureRules.Validate(draft, BerlinTime.LocalDate(clock.GetUtcNow())) is { } invalid)
        {
            return invalid;
        }
        var found = await scopeOf();
        if (found.Value is not { } scope)
        {
            return found.Problem!;
        }
        var affected = await Affected(scope, draft).AsNoTracking().ToListAsync(ct);
        await audit.RecordReadAsync(actor, "Telemedicine.ClosureAffected", $"{draft.From:yyyy-MM-dd}/{draft.To:yyyy-MM-dd}",
            scope.Closure.SiteId, ct, subjects: affected.Select(a => AuditSubject.Appointment(a.UserId, a.Id)));
        return affected;
    }

    private async Task<Outcome<ClosureResult>> CloseAsync(ClosureDraft draft, AuditActor actor, Func<Task<Outcome<Scope>>> scopeOf,
        CancellationToken ct)
    {
        if (ClosureRules.Validate(draft, BerlinTime.LocalDate(clock.GetUtcNow())) is { } invalid)
        {
            return invalid;
        }
        var found = await scopeOf();
        if (found.Value is not { } scope)
        {
            return found.Problem!;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await TelemedicineLock.HoldAsync(db, scope.Schedules, scope.Rooms, ct);
        var cancelled = await Affected(scope, draft).ToListAsync(ct);
        var reason = TypedText.TrimmedOrNull(draft.Reason);
        if (cancelled.Count > 0 && reason is null)
        {
            // The people whose appointments go are told why (issue 25): no silent cancellation.
            return DomainProblem.Field(nameof(draft.Reason), "RequiredWhenCancelling");
        }
        var now = clock.GetUtcNow();
        var closure = scope.Closure;
        (closure.FromDate, closure.ToDate, closure.Reason, closure.CreatedAt) = (draft.From, draft.To, reason, now);
        db.TelemedicineClosures.Add(closure);
        foreach (var appointment in cancelled)
        {
            AppointmentCancellation.Apply(appointment, scope.Status, reason, now);
            mails.Cancelled(appointment, now);
        }
        audit.Record(actor, AuditAction.Create, "TelemedicineClosure", closure.Id.ToString(), closure.SiteId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ClosureResult(closure, cancelled);
    }

    /// <summary>Booked (verified or held) appointments on the days that have not ended yet.</summary>
    private IQueryable<TelemedicineAppointment> Affected(Scope scope, ClosureDraft draft)
    {
        var now = clock.GetUtcNow();
        return scope.Appointments.Include(a => a.Schedule).ThenInclude(s => s!.Practice).Include(a => a.Room)
            .Where(a => a.Status == AppointmentStatus.Booked && a.LocalDate >= draft.From && a.LocalDate <= draft.To && a.EndsAt > now)
            .OrderBy(a => a.StartsAt);
    }

    private async Task<bool> MayChangeAsync(TelemedicineClosure closure, AuditActor actor, CancellationToken ct)
    {
        if (closure.PracticeOrganisationId is { } practice)
        {
            return await access.IsPracticeAsync(actor.UserId, closure.SiteId, practice, ct);
        }
        var room = await db.TelemedicineRooms.AsNoTracking().SingleAsync(r => r.Id == closure.RoomId, ct);
        return await access.CanManageRoomAsync(actor.UserId, room.SiteId, room.OperatorOrganisationId, ct);
    }
}
