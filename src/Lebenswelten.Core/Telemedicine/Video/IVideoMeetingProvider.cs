namespace Lebenswelten.Core.Telemedicine.Video;

/// <summary>Who joins: the resident, or the practice (who runs the meeting).</summary>
public sealed record VideoParticipant(string DisplayName, bool IsModerator);

/// <summary>
/// Makes the meeting link at an external, certified video service (KBV Anlage 31b to the BMV-Ä). The platform only
/// hands out links: it never records, stores or relays audio or video, and the media never pass through it.
/// </summary>
public interface IVideoMeetingProvider
{
    /// <summary>The meeting's name at the service, chosen at booking; null when the practice brings its own link.</summary>
    string? NewMeetingRoom();

    /// <summary>The link for one participant, valid for the appointment only; null when there is none (nothing pasted yet).</summary>
    Uri? JoinLink(TelemedicineAppointment appointment, ConsultationSchedule schedule, VideoParticipant participant);
}
