using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>One opening interval on a weekday (Europe/Berlin wall-clock time).</summary>
public sealed record WeekdayHours(DayOfWeek Weekday, TimeOnly From, TimeOnly To);

/// <summary>What a coordinator or the housing company enters for a room.</summary>
public sealed record RoomDraft
{
    public string Name { get; init; } = "";
    public string? Street { get; init; }
    public string? PostalCode { get; init; }
    public string? City { get; init; }
    public string? DistrictKey { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string Equipment { get; init; } = "";
    public AccessibilityFeatures Accessibility { get; init; }
    public Guid OperatorOrganisationId { get; init; }
    public int BufferMinutes { get; init; } = 10;
    public bool IsActive { get; init; } = true;
    public IReadOnlyList<WeekdayHours> OpeningHours { get; init; } = [];
}

public static class RoomRules
{
    public const int MaxNameLength = 200;
    public const int MaxEquipmentLength = 2000;
    public const int MaxBufferMinutes = 120;
    public const int MaxIntervals = 50;

    public static DomainProblem? Validate(RoomDraft draft)
    {
        var e = new FieldErrors();
        e.AddIf(string.IsNullOrWhiteSpace(draft.Name), nameof(draft.Name), "Required");
        e.AddIf(draft.Name.Length > MaxNameLength, nameof(draft.Name), "TooLong");
        e.AddIf(draft.Street?.Length > 200 || draft.City?.Length > 100, nameof(draft.Street), "TooLong");
        e.AddIf(draft.PostalCode is { Length: > 0 } code && !ContactRules.IsPostalCode(code), nameof(draft.PostalCode), "InvalidPostalCode");
        e.AddIf(draft.Equipment.Length > MaxEquipmentLength, nameof(draft.Equipment), "TooLong");
        e.AddIf(((int)draft.Accessibility & ~15) != 0, nameof(draft.Accessibility), "Unknown");
        e.AddIf(draft.Latitude is < -90 or > 90 || draft.Latitude is null != draft.Longitude is null, nameof(draft.Latitude), "OutOfRange");
        e.AddIf(draft.Longitude is < -180 or > 180, nameof(draft.Longitude), "OutOfRange");
        e.AddIf(draft.BufferMinutes is < 0 or > MaxBufferMinutes, nameof(draft.BufferMinutes), "OutOfRange");
        e.AddIf(draft.OpeningHours.Any(h => !Enum.IsDefined(h.Weekday)), nameof(draft.OpeningHours), "Unknown");
        HoursRules.Check(e, nameof(draft.OpeningHours), draft.OpeningHours.Select(h => ((object)h.Weekday, h.From, h.To)).ToList());
        return e.Any ? e.ToProblem() : null;
    }
}

/// <summary>The checks opening hours and consultation hours share.</summary>
internal static class HoursRules
{
    /// <param name="intervals">Intervals with what makes them the same day (a weekday, a date, a weekday in a date range).</param>
    public static void Check(FieldErrors e, string field, IReadOnlyList<(object Day, TimeOnly From, TimeOnly To)> intervals)
    {
        e.AddIf(intervals.Count > RoomRules.MaxIntervals, field, "TooMany");
        e.AddIf(intervals.Any(i => i.To <= i.From), field, "EndBeforeStart");
        var overlapping = intervals.GroupBy(i => i.Day)
            .Any(day => day.OrderBy(i => i.From).Zip(day.OrderBy(i => i.From).Skip(1)).Any(pair => pair.Second.From < pair.First.To));
        e.AddIf(overlapping, field, "Overlapping");
    }
}
