namespace Lebenswelten.Core.Telemedicine;

/// <summary>A room a schedule is held in, when it does not serve all rooms of its site.</summary>
public sealed class ScheduleRoom
{
    public Guid ScheduleId { get; set; }
    public Guid RoomId { get; set; }
}
