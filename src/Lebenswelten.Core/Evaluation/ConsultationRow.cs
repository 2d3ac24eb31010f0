using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Core.Evaluation;

/// <summary>What one appointment contributes to its room's month; read in the refresh and never stored.</summary>
internal sealed record ConsultationRow(Guid Id, Guid SiteId, Guid RoomId, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    AppointmentStatus Status, DateTimeOffset? HoldExpiresAt)
{
    public DateOnly Month => MonthRange.MonthOf(StartsAt);

    /// <summary>
    /// Booked: every booking but an unverified guest hold, one that lapsed, and one replaced by a rebooking (the new one
    /// counts). Held: booked, not cancelled, and over. Cancelled: by the resident, the practice or a closure.
    /// </summary>
    public (int Booked, int Held, int Cancelled) Counts(DateTimeOffset now) => Status switch
    {
        AppointmentStatus.HoldExpired or AppointmentStatus.Rebooked => (0, 0, 0),
        AppointmentStatus.Booked when HoldExpiresAt is not null => (0, 0, 0),
        AppointmentStatus.Booked => (1, EndsAt <= now ? 1 : 0, 0),
        _ => (1, 0, 1),
    };

    public static IQueryable<ConsultationRow> From(IQueryable<TelemedicineAppointment> appointments) =>
        appointments.AsNoTracking()
            .Select(a => new ConsultationRow(a.Id, a.SiteId, a.RoomId, a.StartsAt, a.EndsAt, a.Status, a.HoldExpiresAt));

    public static IEnumerable<ConsultationFact> Facts(IEnumerable<ConsultationRow> rows, DateTimeOffset now, bool archived) =>
        rows.GroupBy(r => (r.SiteId, r.RoomId, r.Month)).Select(g =>
        {
            var counts = g.Select(r => r.Counts(now)).ToList();
            return new ConsultationFact
            {
                SiteId = g.Key.SiteId, RoomId = g.Key.RoomId, Month = g.Key.Month, IsArchived = archived,
                Booked = counts.Sum(c => c.Booked), Held = counts.Sum(c => c.Held), Cancelled = counts.Sum(c => c.Cancelled),
            };
        });
}
