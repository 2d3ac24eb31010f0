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
