using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// A practice's video consultation hours: the ISiK "Kalender" (FHIR Schedule). Its slots (ISiK "Terminblock",
/// FHIR Slot) are computed from the hours, never stored: see <see cref="SlotFinder"/>.
/// </summary>
public sealed class ConsultationSchedule : ISiteOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SiteId { get; set; }
    public Guid PracticeOrganisationId { get; set; }
    public Organisation? Practice { get; set; }
    /// <summary>E.g. "Videosprechstunde Dr. Beispiel"; the FHIR Schedule's name.</summary>
    public required string Name { get; set; }
    public int SlotMinutes { get; set; } = 15;
    public ConsultationKinds Kinds { get; set; } = ConsultationKinds.FollowUp;
    /// <summary>How far ahead residents can book, in days.</summary>
    public int HorizonDays { get; set; } = 28;
    /// <summary>How short-notice a booking can be, in hours before the start.</summary>
    public int MinNoticeHours { get; set; } = 2;
    /// <summary>Residents can cancel or rebook until this many hours before the start; the practice always can.</summary>
    public int CancellationDeadlineHours { get; set; } = 24;
    /// <summary>True: every active room of the site; false: only <see cref="Rooms"/>.</summary>
    public bool ServesAllRooms { get; set; } = true;
    public List<ScheduleRoom> Rooms { get; set; } = [];
    public List<ConsultationHours> Hours { get; set; } = [];
    /// <summary>The practice's own meeting link, for the pasted-link video provider.</summary>
    public string? VideoLink { get; set; }
    public bool IsActive { get; set; } = true;
    public bool IsSampleData { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
