using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Web.Features.Telemedicine;

/// <summary>A free (or busy) time of a practice, with the rooms that can still take it.</summary>
public sealed record SlotDto(string Id, Guid ScheduleId, Guid PracticeId, DateTimeOffset Start, DateTimeOffset End, SlotStatus Status,
    IReadOnlyList<Guid> FreeRoomIds)
{
    public static SlotDto From(Slot s) => new(s.Id, s.ScheduleId, s.PracticeOrganisationId, s.StartsAt, s.EndsAt, s.Status, s.FreeRoomIds);
}
