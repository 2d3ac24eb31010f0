using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Telemedicine;
using Microsoft.AspNetCore.Identity;

namespace Lebenswelten.Core.Privacy;

/// <summary>
/// The right to erasure (GDPR Art. 17), in one transaction: running registrations are cancelled so the waiting
/// list moves up, every registration is anonymised (the counts stay exactly the same), mails to the person are
/// deleted and the account goes. Audit rows stay (Art. 17(3)(b), (e): the duty to account for access), and keep
/// the account's id, which after the deletion points to nobody.
/// </summary>
public sealed class Erasure(LebensweltenDbContext db, RegistrationService registrationService, PatientAppointments appointments,
    UserManager<AppUser> users, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<int>> EraseAccountAsync(string userId, AuditActor actor, CancellationToken ct)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return DomainProblem.NotFound("Account.NotFound");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var mine = await db.Registrations.Where(r => r.UserId == userId).ToListAsync(ct);
        await EraseAsync(mine, ct);
        // Deleted outright, future ones too: a deleted booking frees its slot and room at once (Art. 17 outranks the
        // cancellation deadline), and nothing about a video consultation needs to stay for any count.
        await db.TelemedicineAppointments.Where(a => a.UserId == userId).ExecuteDeleteAsync(ct);
        await db.Consents.Where(c => c.UserId == userId).ExecuteUpdateAsync(u => u.SetProperty(c => c.UserId, (string?)null), ct);
        if (user.NormalizedEmail is { } email)
        {
            await db.OutboxMessages.Where(m => m.To.ToUpper() == email).ExecuteDeleteAsync(ct);
        }
        audit.Record(actor, AuditAction.Delete, "Account", userId, subjectUserId: userId);
        await db.SaveChangesAsync(ct);
        var deleted = await users.DeleteAsync(user);
        if (!deleted.Succeeded)
        {
            throw new InvalidOperationException($"Account {userId} not deleted: {string.Join(", ", deleted.Errors.Select(e => e.Code))}");
        }
        await transaction.CommitAsync(ct);
        return mine.Count;
    }

    /// <summary>A guest's "delete my data" from the personal link: the token is the proof of identity.</summary>
    public async Task<Outcome<int>> EraseGuestRegistrationAsync(Guid registrationId, string? token, AuditActor actor, CancellationToken ct)
    {
        var found = await registrationService.FindForAsync(registrationId, new RegistrationActor(null, token), ct);
        if (found is not { IsGuest: true })
        {
            return DomainProblem.NotFound("Registration.NotFound");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var registration = await db.Registrations.SingleAsync(r => r.Id == registrationId, ct);
        var email = registration.Email;
        await EraseAsync([registration], ct);
        if (email is not null)
        {
            // Other registrations of the same address keep their mails: only this one's carry its link.
            var link = registrationId.ToString();
            await db.OutboxMessages.Where(m => m.To == email && m.TextBody.Contains(link)).ExecuteDeleteAsync(ct);
        }
        audit.Record(actor, AuditAction.Delete, "Registration", registrationId.ToString(), subjectUserId: AuditSubject.Registration(null, registrationId));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return 1;
    }

    /// <summary>A guest's "delete my data" from an appointment's personal link: the appointment and its mails go.</summary>
    public async Task<Outcome<int>> EraseGuestAppointmentAsync(Guid appointmentId, string? token, AuditActor actor, CancellationToken ct)
    {
        if (await appointments.FindAsync(appointmentId, new AppointmentActor(null, token), ct) is not { IsGuest: true } appointment)
        {
            return DomainProblem.NotFound("Appointment.NotFound");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.TelemedicineAppointments.Where(a => a.Id == appointmentId).ExecuteDeleteAsync(ct);
        if (appointment.Email is { } email)
        {
            var link = appointmentId.ToString();
            await db.OutboxMessages.Where(m => m.To == email && (m.TextBody.Contains(link) || m.AttachmentText!.Contains(link))).ExecuteDeleteAsync(ct);
        }
        audit.Record(actor, AuditAction.Delete, "TelemedicineAppointment", appointmentId.ToString(), subjectUserId: AuditSubject.Appointment(null, appointmentId));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return 1;
    }

    private async Task EraseAsync(List<Registration> registrations, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var offeringIds = registrations.Select(r => r.OfferingId).Distinct().ToList();
        var ended = await db.Offerings.Where(o => offeringIds.Contains(o.Id) && o.LastSessionEnd != null && o.LastSessionEnd <= now)
            .Select(o => o.Id).ToListAsync(ct);
        // Sorted, so two erasures never wait for each other's offering locks in opposite order.
        foreach (var running in registrations.Where(r => r.IsActive && !ended.Contains(r.OfferingId)).OrderBy(r => r.OfferingId))
        {
            await registrationService.ReleaseForErasureAsync(running, now, ct);
        }
        await Anonymiser.AnonymiseAsync(db, registrations, now, ct);
    }
}
