namespace Lebenswelten.Core.Telemedicine;

/// <summary>A practice slot (ISiK Terminblock) and the rooms that can still take it, by name.</summary>
public sealed record Slot(string Id, Guid ScheduleId, Guid PracticeOrganisationId, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    SlotStatus Status, IReadOnlyList<Guid> FreeRoomIds);

/// <summary>FHIR Slot.status: free, or busy (the practice is booked, or no room can take it).</summary>
public enum SlotStatus
{
    Free,
    Busy,
}
