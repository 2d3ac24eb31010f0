using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Core.Privacy;

/// <summary>Collects <see cref="PersonalData"/> for an account or a guest registration, and audits every export.</summary>
public sealed class PersonalDataExport(LebensweltenDbContext db, RegistrationService registrations, PatientAppointments appointments,
    AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<PersonalData>> ForAccountAsync(string userId, AuditActor actor, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
        {
            return DomainProblem.NotFound("Account.NotFound");
        }
        var roles = await db.SiteRoleAssignments.AsNoTracking().Where(a => a.UserId == userId)
            .Select(a => new PersonalRole(a.Site != null ? a.Site.Slug : "*", a.Site != null ? a.Site.Name : "*", a.Role.ToString(),
                a.Organisation != null ? a.Organisation.Name : null))
            .ToListAsync(ct);
        var mine = await RegistrationsAsync(db.Registrations.Where(r => r.UserId == userId), ct);
        var booked = (await appointments.MineAsync(userId, ct)).OrderBy(a => a.StartsAt).Select(PersonalAppointment.From).ToList();
        var consents = await db.Consents.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.GivenAt).ToListAsync(ct);
        var account = new PersonalAccount(user.Id, user.Email, user.DisplayName, user.EmailConfirmed, user.TwoFactorEnabled);
        return await FinishAsync(actor, userId, userId, new PersonalData(clock.GetUtcNow(), account, roles, mine, booked,
            consents.Select(ToPersonal).ToList(), await AuditAboutAsync(userId, userId, ct)), ct);
    }

    /// <summary>A guest's own registration, opened with the personal link's token.</summary>
    public async Task<Outcome<PersonalData>> ForGuestAsync(Guid registrationId, string? token, AuditActor actor, CancellationToken ct)
    {
        if (await registrations.FindForAsync(registrationId, new RegistrationActor(null, token), ct) is not { IsGuest: true })
        {
            return DomainProblem.NotFound("Registration.NotFound");
        }
        var mine = await RegistrationsAsync(db.Registrations.Where(r => r.Id == registrationId), ct);
        var consents = await db.Consents.AsNoTracking().Where(c => c.RegistrationId == registrationId).OrderBy(c => c.GivenAt).ToListAsync(ct);
        var subject = AuditSubject.Registration(null, registrationId);
        return await FinishAsync(actor, subject, registrationId.ToString(), new PersonalData(clock.GetUtcNow(), null, [], mine, [],
            consents.Select(ToPersonal).ToList(), await AuditAboutAsync(subject, null, ct)), ct);
    }

    /// <summary>A guest's own appointment, opened with its personal link's token.</summary>
    public async Task<Outcome<PersonalData>> ForGuestAppointmentAsync(Guid appointmentId, string? token, AuditActor actor, CancellationToken ct)
    {
        if (await appointments.FindAsync(appointmentId, new AppointmentActor(null, token), ct) is not { IsGuest: true } appointment)
        {
            return DomainProblem.NotFound("Appointment.NotFound");
        }
        var subject = AuditSubject.Appointment(null, appointmentId);
        return await FinishAsync(actor, subject, appointmentId.ToString(), new PersonalData(clock.GetUtcNow(), null, [], [],
            [PersonalAppointment.From(appointment)], [], await AuditAboutAsync(subject, null, ct)), ct);
    }

    private async Task<PersonalData> FinishAsync(AuditActor actor, string subject, string recordId, PersonalData data, CancellationToken ct)
    {
        audit.Record(actor, AuditAction.Export, "PersonalData", recordId, subjectUserId: subject);
        await db.SaveChangesAsync(ct);
        return data;
    }

    /// <summary>Who did what with the data (<see cref="AuditSubject"/>): an account's own actions are marked as such.</summary>
    private async Task<List<PersonalAuditEntry>> AuditAboutAsync(string subject, string? ownUserId, CancellationToken ct) =>
        (await db.AuditEntries.AsNoTracking().Where(e => e.SubjectUserId == subject).OrderBy(e => e.At).ToListAsync(ct))
            .Select(e => new PersonalAuditEntry(e.At, e.Action, e.DataKind, e.RecordId, e.ActorUserId, ownUserId is not null && e.ActorUserId == ownUserId))
            .ToList();

    private async Task<List<PersonalRegistration>> RegistrationsAsync(IQueryable<Registration> query, CancellationToken ct)
    {
        var found = await query.AsNoTracking().Include(r => r.Offering).ThenInclude(o => o!.Organisation)
            .Include(r => r.Offering).ThenInclude(o => o!.Sessions).OrderBy(r => r.CreatedAt).ToListAsync(ct);
        var ids = found.Select(r => r.Id).ToList();
        var attendance = await db.Attendances.AsNoTracking().Where(a => ids.Contains(a.RegistrationId))
            .ToDictionaryAsync(a => (a.RegistrationId, a.SessionId), a => a.Present, ct);
        return found.Select(r => new PersonalRegistration(r.Id, r.OfferingId, r.Offering!.Title, r.Offering.Organisation?.Name,
            r.Status, r.Name, r.Email, r.Phone, r.PostalCode, r.BirthYear, r.Sex, r.Language, r.CreatedAt, r.ConfirmedAt, r.CancelledAt,
            r.Offering.Sessions.OrderBy(s => s.StartsAt).Select(s => new PersonalSession(s.StartsAt, s.EndsAt,
                attendance.TryGetValue((r.Id, s.Id), out var present) ? present : null)).ToList())).ToList();
    }

    private static PersonalConsent ToPersonal(Consent c) =>
        new(c.Id, c.Purpose, c.TextVersion, c.Language, c.GivenAt, c.WithdrawnAt, c.RegistrationId);
}
