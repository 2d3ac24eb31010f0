using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Web.Features.Telemedicine;

/// <summary>One opening interval of a room, Europe/Berlin wall-clock time.</summary>
public sealed record OpeningHoursDto(DayOfWeek Weekday, TimeOnly From, TimeOnly To);

/// <summary>A telemedicine room as the public API shows it: where, how accessible, when open. No personal data.</summary>
public sealed record RoomDto(Guid Id, string Name, string? Street, string? PostalCode, string? City, string? District,
    double? Latitude, double? Longitude, string Equipment, IReadOnlyList<AccessibilityFeatures> Accessibility, int BufferMinutes,
    IReadOnlyList<OpeningHoursDto> OpeningHours)
{
    public static RoomDto From(TelemedicineRoom r) => new(r.Id, r.Name, r.Address.Street, r.Address.PostalCode, r.Address.City,
        r.District?.Name, r.Latitude, r.Longitude, r.Equipment, r.Accessibility.Members().ToList(), r.BufferMinutes,
        r.OpeningHours.OrderBy(h => h.Weekday).ThenBy(h => h.From).Select(h => new OpeningHoursDto(h.Weekday, h.From, h.To)).ToList());
}
