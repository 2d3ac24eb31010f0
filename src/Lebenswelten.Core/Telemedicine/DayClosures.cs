using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>Days to close, Europe/Berlin dates, both inclusive (one day: From = To).</summary>
public sealed record ClosureDraft(DateOnly From, DateOnly To, string? Reason = null);

public sealed record ClosureResult(TelemedicineClosure Closure, int AppointmentsCancelled);

/// <summary>
/// A room or a practice closes days: no slot shows there any more, and every appointment still to come on those days
/// is cancelled and its patient told by mail — all in one transaction, under the room's or the practice's locks.
/// </summary>
public sealed class DayClosures(LebensweltenDbContext db, TelemedicineAccess access, TelemedicineMails mails, AuditLog audit,
    TimeProvider clock)
{
    public async Task<Outcome<ClosureResult>> CloseRoomAsync(Guid roomId, ClosureDraft draft, AuditActor actor, CancellationToken ct)
    {
        if (ClosureRules.Validate(draft, BerlinTime.LocalDate(clock.GetUtcNow())) is { } invalid)
        {
            return invalid;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await TelemedicineLock.HoldAsync(db, [], [roomId], ct);
        var room = await db.TelemedicineRooms.SingleOrDefaultAsync(r => r.Id == roomId, ct);
        if (room is null || !await access.CanManageRoomAsync(actor.UserId, room.SiteId, room.OperatorOrganisationId, ct))
        {
            return DomainProblem.NotFound("Room.NotFound");
        }
        var closure = new TelemedicineClosure { SiteId = room.SiteId, RoomId = room.Id };
        var affected = db.TelemedicineAppointments.Where(a => a.RoomId == roomId);
        return await CloseAsync(closure, draft, affected, AppointmentStatus.CancelledByRoomClosure, actor, ct, transaction);
    }

    /// <summary>Closes every schedule of the practice on those days.</summary>
    public async Task<Outcome<ClosureResult>> ClosePracticeAsync(Guid practiceOrganisationId, ClosureDraft draft, AuditActor actor,
        CancellationToken ct)
    {
        if (ClosureRules.Validate(draft, BerlinTime.LocalDate(clock.GetUtcNow())) is { } invalid)
        {
            return invalid;
        }
        var practice = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == practiceOrganisationId, ct);
        if (practice is not { Kind: OrganisationKind.Practice }
            || !await access.IsPracticeAsync(actor.UserId, practice.SiteId, practice.Id, ct))
        {
            return DomainProblem.NotFound("Practice.NotFound");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var schedules = await db.ConsultationSchedules.Where(s => s.PracticeOrganisationId == practice.Id).Select(s => s.Id)
            .ToListAsync(ct);
        await TelemedicineLock.HoldAsync(db, schedules, [], ct);
        var closure = new TelemedicineClosure { SiteId = practice.SiteId, PracticeOrganisationId = practice.Id };
        var affected = db.TelemedicineAppointments.Where(a => a.PracticeOrganisationId == practice.Id);
        return await CloseAsync(closure, draft, affected, AppointmentStatus.CancelledByPracticeClosure, actor, ct, transaction);
    }

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

    private async Task<bool> MayChangeAsync(TelemedicineClosure closure, AuditActor actor, CancellationToken ct)
    {
        if (closure.PracticeOrganisationId is { } practice)
        {
            return await access.IsPracticeAsync(actor.UserId, closure.SiteId, practice, ct);
        }
        var room = await db.TelemedicineRooms.AsNoTracking().SingleAsync(r => r.Id == closure.RoomId, ct);
        return await access.CanManageRoomAsync(actor.UserId, room.SiteId, room.OperatorOrganisationId, ct);
    }

    private async Task<Outcome<ClosureResult>> CloseAsync(TelemedicineClosure closure, ClosureDraft draft,
        IQueryable<TelemedicineAppointment> affected, AppointmentStatus status, AuditActor actor, CancellationToken ct,
        Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction)
    {
        var now = clock.GetUtcNow();
        (closure.FromDate, closure.ToDate, closure.Reason, closure.CreatedAt) = (draft.From, draft.To,
            TypedText.TrimmedOrNull(draft.Reason), now);
        db.TelemedicineClosures.Add(closure);
        var cancelled = await affected.Include(a => a.Schedule).ThenInclude(s => s!.Practice).Include(a => a.Room)
            .Where(a => a.Status == AppointmentStatus.Booked && a.LocalDate >= draft.From && a.LocalDate <= draft.To && a.EndsAt > now)
            .ToListAsync(ct);
        foreach (var appointment in cancelled)
        {
            AppointmentCancellation.Apply(appointment, status, closure.Reason, now);
            mails.Cancelled(appointment, now);
        }
        audit.Record(actor, AuditAction.Create, "TelemedicineClosure", closure.Id.ToString(), closure.SiteId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ClosureResult(closure, cancelled.Count);
    }
}
