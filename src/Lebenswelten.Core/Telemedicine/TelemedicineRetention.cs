using Lebenswelten.Core.Messaging;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// Deletes the metadata of past video consultations (who, when, with which practice, in which room, why) once
/// Retention:TelemedicineDays have passed since their end, together with the mails about them. Deleted, not
/// anonymised: no report needs single appointments, and a room, a practice and a time together can point to a person.
/// </summary>
internal static class TelemedicineRetention
{
    public const string MailTemplatePrefix = "appointment-";

    /// <summary>Runs inside the transaction of the retention job (<see cref="AppointmentPersonalData"/>).</summary>
    public static async Task<int> DeleteEndedAsync(LebensweltenDbContext db, AppointmentRemoval removal, DateTimeOffset endedBefore,
        CancellationToken ct)
    {
        var deleted = await removal.DeleteAsync(a => a.EndsAt < endedBefore, ct);
        // The mails name the practice, the room and the time: they go with the appointments once delivered (or given up).
        await db.OutboxMessages.Where(m => m.Template.StartsWith(MailTemplatePrefix) && m.CreatedAt < endedBefore
            && (m.SentAt != null || m.Attempts >= OutboxSender.MaxAttempts)).ExecuteDeleteAsync(ct);
        return deleted;
    }
}
