using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Offerings;

/// <summary>One person on an offering's list; <see cref="Position"/> is set for those waiting.</summary>
public sealed record Participant(Registration Registration, int? Position);

public sealed record ParticipantList(Offering Offering, IReadOnlyList<Participant> Participants);

/// <summary>The tick list of one session: everyone holding a confirmed place, and who was marked present.</summary>
public sealed record AttendanceSheet(Offering Offering, OfferingSession Session, IReadOnlyList<Registration> Confirmed,
    IReadOnlySet<Guid> Present);

/// <summary>One person's attendance over the whole offering, and whether it earns the certificate (80 %).</summary>
public sealed record PersonAttendance(Registration Registration, IReadOnlySet<Guid> PresentAt, AttendanceShare Share, bool IsEligible)
{
    public int Required => CertificateRules.RequiredSessions(Share.Sessions);
}

/// <summary>Everyone holding a confirmed place, with the sessions so far, for the attendance overview and certificates.</summary>
public sealed record AttendanceOverview(Offering Offering, IReadOnlyList<OfferingSession> Sessions, IReadOnlyList<PersonAttendance> People);

/// <summary>
/// Who takes part in an offering and who came to which session, for the offering's managers only. Both are
/// GDPR Art. 9 data: every read and every change is written to the audit log.
/// </summary>
public sealed class AttendanceBook(LebensweltenDbContext db, OfferingAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<ParticipantList>> ParticipantsAsync(Guid offeringId, AuditActor actor, CancellationToken ct)
    {
        if (await ManagedAsync(offeringId, actor, ct) is not { } offering)
        {
            return DomainProblem.NotFound("Offering.NotFound");
        }
        var registrations = await db.Registrations.AsNoTracking().Where(r => r.OfferingId == offeringId && r.AnonymisedAt == null)
            .OrderBy(r => r.Sequence).ToListAsync(ct);
        var waiting = registrations.Where(r => r.Status == RegistrationStatus.Waitlisted).Select((r, i) => (r.Id, i + 1)).ToDictionary();
        var participants = registrations.OrderBy(r => Rank(r.Status)).ThenBy(r => r.Sequence)
            .Select(r => new Participant(r, waiting.TryGetValue(r.Id, out var position) ? position : null)).ToList();
        await audit.RecordReadAsync(actor, "Offering.Participants", offeringId.ToString(), offering.SiteId, ct,
            subjects: registrations.Select(r => AuditSubject.Registration(r.UserId, r.Id)));
        return new ParticipantList(offering, participants);
    }

    /// <summary>The list for a spreadsheet: the read, and an export line, since the file leaves the platform.</summary>
    public async Task<Outcome<ParticipantList>> ExportParticipantsAsync(Guid offeringId, AuditActor actor, CancellationToken ct)
    {
        var list = await ParticipantsAsync(offeringId, actor, ct);
        if (list.Value is { } found)
        {
            audit.Record(actor, AuditAction.Export, "Offering.Participants", offeringId.ToString(), found.Offering.SiteId);
            await db.SaveChangesAsync(ct);
        }
        return list;
    }

    public async Task<Outcome<AttendanceSheet>> SheetAsync(Guid offeringId, Guid sessionId, AuditActor actor, CancellationToken ct)
    {
        if (await ManagedAsync(offeringId, actor, ct) is not { } offering)
        {
            return DomainProblem.NotFound("Offering.NotFound");
        }
        if (offering.Sessions.FirstOrDefault(s => s.Id == sessionId) is not { } session)
        {
            return DomainProblem.NotFound("Session.NotFound");
        }
        var confirmed = await Confirmed(offeringId).AsNoTracking().OrderBy(r => r.Name).ThenBy(r => r.Sequence).ToListAsync(ct);
        var present = await db.Attendances.Where(a => a.SessionId == sessionId && a.Present).Select(a => a.RegistrationId).ToListAsync(ct);
        await audit.RecordReadAsync(actor, "Offering.Attendance", sessionId.ToString(), offering.SiteId, ct,
            subjects: confirmed.Select(r => AuditSubject.Registration(r.UserId, r.Id)));
        return new AttendanceSheet(offering, session, confirmed, present.ToHashSet());
    }

    /// <summary>Per person: the sessions attended, the share, and the certificate status (audited like the sheet).</summary>
    public async Task<Outcome<AttendanceOverview>> OverviewAsync(Guid offeringId, AuditActor actor, CancellationToken ct)
    {
        if (await ManagedAsync(offeringId, actor, ct) is not { } offering)
        {
            return DomainProblem.NotFound("Offering.NotFound");
        }
        var confirmed = await Confirmed(offeringId).AsNoTracking().OrderBy(r => r.Name).ThenBy(r => r.Sequence).ToListAsync(ct);
        var ids = confirmed.Select(r => r.Id).ToList();
        var present = (await db.Attendances.Where(a => a.Present && ids.Contains(a.RegistrationId))
            .Select(a => new { a.RegistrationId, a.SessionId }).ToListAsync(ct)).ToLookup(a => a.RegistrationId, a => a.SessionId);
        var sessions = offering.Sessions.OrderBy(s => s.StartsAt).ToList();
        var people = confirmed.Select(r =>
        {
            var at = present[r.Id].Where(id => sessions.Any(s => s.Id == id)).ToHashSet();
            var share = new AttendanceShare(at.Count, sessions.Count);
            return new PersonAttendance(r, at, share, CertificateRules.IsEligible(offering, r, share));
        }).ToList();
        await audit.RecordReadAsync(actor, "Offering.AttendanceOverview", offeringId.ToString(), offering.SiteId, ct,
            subjects: confirmed.Select(r => AuditSubject.Registration(r.UserId, r.Id)));
        return new AttendanceOverview(offering, sessions, people);
    }

    /// <summary>
    /// Saves the whole list of one session at once: the given registrations present, every other confirmed one
    /// absent. Saving the same list twice changes nothing; ids that hold no confirmed place are ignored.
    /// </summary>
    public async Task<Outcome<int>> RecordAsync(Guid offeringId, Guid sessionId, IReadOnlyCollection<Guid> presentRegistrationIds,
        AuditActor actor, CancellationToken ct)
    {
        await using var transaction = await OfferingLock.BeginAsync(db, ct);
        var offering = await OfferingLock.LockAsync(db, offeringId, ct);
        if (offering is null || !await access.CanManageAsync(actor.UserId, offering, ct))
        {
            return DomainProblem.NotFound("Offering.NotFound");
        }
        if (offering.Sessions.FirstOrDefault(s => s.Id == sessionId) is not { } session)
        {
            return DomainProblem.NotFound("Session.NotFound");
        }
        var now = clock.GetUtcNow();
        if (session.StartsAt > now)
        {
            // Nobody can have come to a session that has not begun: a tick for it would count towards the 80 % (issue 25).
            return DomainProblem.Unprocessable("Session.NotStarted");
        }
        var confirmed = await Confirmed(offeringId).Select(r => r.Id).ToListAsync(ct);
        var existing = await db.Attendances.Where(a => a.SessionId == sessionId && confirmed.Contains(a.RegistrationId))
            .ToDictionaryAsync(a => a.RegistrationId, ct);
        foreach (var registrationId in confirmed)
        {
            var present = presentRegistrationIds.Contains(registrationId);
            if (!existing.TryGetValue(registrationId, out var row))
            {
                db.Attendances.Add(new Attendance { RegistrationId = registrationId, SessionId = sessionId, Present = present,
                    RecordedAt = now, RecordedByUserId = actor.UserId });
            }
            else if (row.Present != present)
            {
                (row.Present, row.RecordedAt, row.RecordedByUserId) = (present, now, actor.UserId);
            }
        }
        audit.Record(actor, AuditAction.Change, "Offering.Attendance", sessionId.ToString(), offering.SiteId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return confirmed.Count(presentRegistrationIds.Contains);
    }

    /// <summary>Sessions of the registration's offering it was marked present at, out of all the offering's sessions.</summary>
    public async Task<AttendanceShare> ShareAttendedAsync(Registration registration, CancellationToken ct)
    {
        var sessions = db.OfferingSessions.Where(s => s.OfferingId == registration.OfferingId);
        var total = await sessions.CountAsync(ct);
        var attended = await db.Attendances.CountAsync(a => a.RegistrationId == registration.Id && a.Present
            && sessions.Any(s => s.Id == a.SessionId), ct);
        return new AttendanceShare(attended, total);
    }

    private IQueryable<Registration> Confirmed(Guid offeringId) =>
        db.Registrations.Where(r => r.OfferingId == offeringId && r.Status == RegistrationStatus.Confirmed && r.AnonymisedAt == null);

    private async Task<Offering?> ManagedAsync(Guid offeringId, AuditActor actor, CancellationToken ct)
    {
        var offering = await db.Offerings.AsNoTracking().Include(o => o.Organisation).Include(o => o.Sessions)
            .SingleOrDefaultAsync(o => o.Id == offeringId, ct);
        return offering is not null && await access.CanManageAsync(actor.UserId, offering, ct) ? offering : null;
    }

    private static int Rank(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Confirmed => 0,
        RegistrationStatus.Offered => 1,
        RegistrationStatus.Waitlisted => 2,
        _ => 3,
    };
}
