using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Telemedicine.Video;

public sealed record VideoLink(Uri Url, DateTimeOffset OpensAt, DateTimeOffset ClosesAt);

/// <summary>Hands out the meeting link to the patient and to the practice, inside <see cref="VideoAccess"/>'s window only.</summary>
public sealed class VideoLinks(LebensweltenDbContext db, IVideoMeetingProvider provider, AppointmentTokens tokens,
    TelemedicineAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<VideoLink>> ForPatientAsync(Guid appointmentId, AppointmentActor who, CancellationToken ct)
    {
        var appointment = await FindAsync(appointmentId, ct);
        if (appointment is null || !PatientAppointments.MayAct(tokens, who, appointment))
        {
            return DomainProblem.NotFound("Appointment.NotFound");
        }
        return ForPatient(appointment);
    }

    /// <summary>For an appointment just loaded through <see cref="PatientAppointments"/>, which checked who may see it.</summary>
    public Outcome<VideoLink> ForPatient(TelemedicineAppointment appointment) =>
        Link(appointment, new VideoParticipant(appointment.Name, IsModerator: false));

    public async Task<Outcome<VideoLink>> ForPracticeAsync(Guid appointmentId, AuditActor actor, CancellationToken ct)
    {
        var appointment = await FindAsync(appointmentId, ct);
        if (appointment is null || !await IsPracticeOfAsync(appointment, actor, ct))
        {
            return DomainProblem.NotFound("Appointment.NotFound");
        }
        return ForPractice(appointment);
    }

    /// <summary>For an appointment just loaded through <see cref="PracticeDesk"/>, which checked the practice.</summary>
    public Outcome<VideoLink> ForPractice(TelemedicineAppointment appointment) =>
        Link(appointment, new VideoParticipant(appointment.Schedule!.Practice!.Name, IsModerator: true));

    /// <summary>The practice pastes the meeting link of its own video service for one appointment (null removes it).</summary>
    public async Task<Outcome<TelemedicineAppointment>> SetPastedLinkAsync(Guid appointmentId, string? link, AuditActor actor,
        CancellationToken ct)
    {
        var appointment = await db.TelemedicineAppointments.SingleOrDefaultAsync(a => a.Id == appointmentId, ct);
        if (appointment is null || !await IsPracticeOfAsync(appointment, actor, ct))
        {
            return DomainProblem.NotFound("Appointment.NotFound");
        }
        if (link is { Length: > 0 } && !ScheduleRules.IsMeetingLink(link.Trim()))
        {
            return DomainProblem.Field("VideoLink", "InvalidLink");
        }
        appointment.VideoLink = TypedText.TrimmedOrNull(link);
        audit.Record(actor, AuditAction.Change, "TelemedicineAppointment", appointment.Id.ToString(), appointment.SiteId,
            AuditSubject.Appointment(appointment.UserId, appointment.Id));
        await db.SaveChangesAsync(ct);
        return appointment;
    }

    private Outcome<VideoLink> Link(TelemedicineAppointment appointment, VideoParticipant participant)
    {
        if (VideoAccess.Check(appointment, clock.GetUtcNow()) is { } closed)
        {
            return closed;
        }
        return provider.JoinLink(appointment, appointment.Schedule!, participant) is { } url
            ? new VideoLink(url, VideoAccess.OpensAt(appointment), appointment.EndsAt)
            : DomainProblem.Conflict("Video.NoLink");
    }

    /// <summary>The practice never sees a guest's booking with an unverified address (<see cref="AppointmentQueries.Verified"/>).</summary>
    private async Task<bool> IsPracticeOfAsync(TelemedicineAppointment appointment, AuditActor actor, CancellationToken ct) =>
        appointment.HoldExpiresAt is null
        && await access.IsPracticeAsync(actor.UserId, appointment.SiteId, appointment.PracticeOrganisationId, ct);

    private Task<TelemedicineAppointment?> FindAsync(Guid appointmentId, CancellationToken ct) =>
        db.TelemedicineAppointments.AsNoTracking().Include(a => a.Schedule).ThenInclude(s => s!.Practice)
            .SingleOrDefaultAsync(a => a.Id == appointmentId, ct);
}
