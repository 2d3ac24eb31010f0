namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// Reminds each patient with an e-mail address a day before the appointment, once: the appointment is claimed
/// (ReminderSentAt set where it was empty) before the mail is written, in one transaction, so several nodes
/// running the job at once never send a reminder twice.
/// </summary>
public sealed class AppointmentReminders(LebensweltenDbContext db, TelemedicineMails mails, TimeProvider clock)
{
    public static readonly TimeSpan Ahead = TimeSpan.FromHours(24);

    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var horizon = now + Ahead;
        var due = await db.TelemedicineAppointments
            .Verified()
            .Where(a => a.Status == AppointmentStatus.Booked && a.ReminderSentAt == null && a.StartsAt > now && a.StartsAt <= horizon
                && a.Email != null)
            .OrderBy(a => a.StartsAt).Select(a => a.Id).Take(200).ToListAsync(ct);
        var sent = 0;
        foreach (var id in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var claimed = await db.TelemedicineAppointments.Where(a => a.Id == id && a.ReminderSentAt == null
                && a.Status == AppointmentStatus.Booked)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.ReminderSentAt, now), ct);
            if (claimed == 0)
            {
                continue;
            }
            var appointment = await db.TelemedicineAppointments.AsNoTracking().Include(a => a.Room)
                .Include(a => a.Schedule).ThenInclude(s => s!.Practice).SingleAsync(a => a.Id == id, ct);
            mails.Reminder(appointment, now);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            sent++;
        }
        return sent;
    }
}
