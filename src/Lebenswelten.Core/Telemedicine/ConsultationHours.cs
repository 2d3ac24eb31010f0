namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// Hours in Europe/Berlin wall-clock time: weekly (<see cref="Weekday"/>, optionally within
/// <see cref="ValidFrom"/>–<see cref="ValidUntil"/>) or on one date only (<see cref="Date"/>).
/// </summary>
public sealed class ConsultationHours
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ScheduleId { get; set; }
    public DayOfWeek? Weekday { get; set; }
    public DateOnly? Date { get; set; }
    public TimeOnly From { get; set; }
    public TimeOnly To { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidUntil { get; set; }

    public bool AppliesOn(DateOnly day) => Date is { } date
        ? date == day
        : Weekday == day.DayOfWeek && (ValidFrom is null || ValidFrom <= day) && (ValidUntil is null || day <= ValidUntil);
}
