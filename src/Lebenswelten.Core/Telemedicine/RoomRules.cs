namespace Lebenswelten.Core.Telemedicine;

/// <summary>What a room must be; the form and the domain service check the same rules.</summary>
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
        e.AddIf(draft.PostalCode is { Length: > 0 } code && !ContactRules.IsPostalCode(code), nameof(draft.PostalCode),
            "InvalidPostalCode");
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
