namespace Lebenswelten.Core.Telemedicine;

/// <summary>Weekly hours, optionally only within a date range (e.g. a summer timetable).</summary>
public sealed record WeeklyHours(DayOfWeek Weekday, TimeOnly From, TimeOnly To, DateOnly? ValidFrom = null, DateOnly? ValidUntil = null);

/// <summary>Extra hours on one date only.</summary>
public sealed record DateHours(DateOnly Date, TimeOnly From, TimeOnly To);

/// <summary>What a practice enters for its video consultation hours.</summary>
public sealed record ScheduleDraft
{
    public Guid PracticeOrganisationId { get; init; }
    public string Name { get; init; } = "";
    public int SlotMinutes { get; init; } = 15;
    public ConsultationKinds Kinds { get; init; } = ConsultationKinds.FollowUp;
    public int HorizonDays { get; init; } = 28;
    public int MinNoticeHours { get; init; } = 2;
    public int CancellationDeadlineHours { get; init; } = 24;
    public bool ServesAllRooms { get; init; } = true;
    /// <summary>The rooms served when <see cref="ServesAllRooms"/> is false; rooms of the schedule's site only.</summary>
    public IReadOnlyList<Guid> RoomIds { get; init; } = [];
    public IReadOnlyList<WeeklyHours> Weekly { get; init; } = [];
    public IReadOnlyList<DateHours> Dates { get; init; } = [];
    public string? VideoLink { get; init; }
    public bool IsActive { get; init; } = true;
}
