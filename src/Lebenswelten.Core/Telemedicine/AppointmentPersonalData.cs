using Lebenswelten.Core.Privacy;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// Video appointments in a person's rights and in retention (<see cref="IPersonalDataParticipant"/>), inside the
/// transaction Privacy opened. Erased and expired appointments are deleted, not anonymised: nothing about a video
/// consultation needs to stay for any count.
/// </summary>
public sealed class AppointmentPersonalData(LebensweltenDbContext db, PatientAppointments appointments,
    AppointmentRemoval removal, IOptions<RetentionOptions> options) : IPersonalDataParticipant
{
    public const string CapabilityName = "Telemedicine";

    public string Capability => CapabilityName;

    public async Task<PersonalDataSection?> ExportAsync(string userId, CancellationToken ct)
    {
        var mine = await appointments.MineAsync(userId, ct);
        return new AppointmentsSection(mine.OrderBy(a => a.StartsAt).Select(PersonalAppointment.From).ToList());
    }

    /// <summary>
    /// Future ones too: a deleted booking frees its slot and room at once (Art. 17 outranks the cancellation deadline).
    /// </summary>
    public Task<int> EraseAsync(string userId, DateTimeOffset now, CancellationToken ct) =>
        removal.DeleteAsync(a => a.UserId == userId, ct);

    /// <summary>Appointments Retention:TelemedicineDays (at most three months) after their end, with the mails about them.</summary>
    public Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken ct) =>
        TelemedicineRetention.DeleteEndedAsync(db, removal, now - TimeSpan.FromDays(options.Value.TelemedicineDays), ct);
}
