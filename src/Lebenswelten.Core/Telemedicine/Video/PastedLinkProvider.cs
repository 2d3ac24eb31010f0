namespace Lebenswelten.Core.Telemedicine.Video;

/// <summary>
/// The practice's own video service: the practice pastes its meeting link for the schedule, or for one appointment
/// (which wins). Residents get that link, inside the same time window as any other.
/// </summary>
public sealed class PastedLinkProvider : IVideoMeetingProvider
{
    public string? NewMeetingRoom() => null;

    public Uri? JoinLink(TelemedicineAppointment appointment, ConsultationSchedule schedule, VideoParticipant participant) =>
        (appointment.VideoLink ?? schedule.VideoLink) is { } link && ScheduleRules.IsMeetingLink(link) ? new Uri(link) : null;
}
