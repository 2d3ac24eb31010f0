namespace Lebenswelten.Core.Telemedicine;

/// <summary>One opening interval on a weekday, in Europe/Berlin wall-clock time; a day can have several.</summary>
public sealed class RoomOpeningHours
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RoomId { get; set; }
    public DayOfWeek Weekday { get; set; }
    public TimeOnly From { get; set; }
    public TimeOnly To { get; set; }
}
