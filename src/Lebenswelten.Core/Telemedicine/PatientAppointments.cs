namespace Lebenswelten.Core.Telemedicine;

/// <summary>What the patient sees of their own appointments: by account, or one appointment by its personal link.</summary>
public sealed class PatientAppointments(LebensweltenDbContext db, AppointmentTokens tokens)
{
    public Task<List<TelemedicineAppointment>> MineAsync(string userId, CancellationToken ct) =>
        Appointments().Where(a => a.UserId == userId).OrderByDescending(a => a.StartsAt).ToListAsync(ct);

    /// <summary>An appointment for its patient (account or personal link); null for anyone else.</summary>
    public async Task<TelemedicineAppointment?> FindAsync(Guid appointmentId, AppointmentActor who, CancellationToken ct)
    {
        var appointment = await Appointments().SingleOrDefaultAsync(a => a.Id == appointmentId, ct);
        return appointment is not null && MayAct(tokens, who, appointment) ? appointment : null;
    }

    internal static bool MayAct(AppointmentTokens tokens, AppointmentActor who, TelemedicineAppointment appointment) =>
        (who.UserId is not null && who.UserId == appointment.UserId)
        || (appointment.IsGuest && tokens.Verify(appointment, who.Token));

    private IQueryable<TelemedicineAppointment> Appointments() => db.TelemedicineAppointments.WithRoomAndPractice();
}
