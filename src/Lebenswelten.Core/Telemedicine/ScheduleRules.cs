namespace Lebenswelten.Core.Telemedicine;

/// <summary>What consultation hours must be; the form and the domain service check the same rules.</summary>
public static class ScheduleRules
{
    public const int MaxNameLength = 200;
    public const int MaxLinkLength = 500;
    public const int MinSlotMinutes = 5;
    public const int MaxSlotMinutes = 120;
    public const int MaxHorizonDays = 365;
    public const int MaxHours = 24 * 14;

    public static DomainProblem? Validate(ScheduleDraft draft)
    {
        var e = new FieldErrors();
        e.AddIf(string.IsNullOrWhiteSpace(draft.Name), nameof(draft.Name), "Required");
        e.AddIf(draft.Name.Length > MaxNameLength, nameof(draft.Name), "TooLong");
        e.AddIf(draft.SlotMinutes is < MinSlotMinutes or > MaxSlotMinutes, nameof(draft.SlotMinutes), "OutOfRange");
        e.AddIf(draft.Kinds == ConsultationKinds.None, nameof(draft.Kinds), "Required");
        e.AddIf((draft.Kinds & ~ConsultationKindExtensions.All) != 0, nameof(draft.Kinds), "Unknown");
        e.AddIf(draft.HorizonDays is < 1 or > MaxHorizonDays, nameof(draft.HorizonDays), "OutOfRange");
        e.AddIf(draft.MinNoticeHours is < 0 or > MaxHours, nameof(draft.MinNoticeHours), "OutOfRange");
        e.AddIf(draft.CancellationDeadlineHours is < 0 or > MaxHours, nameof(draft.CancellationDeadlineHours), "OutOfRange");
        e.AddIf(!draft.ServesAllRooms && draft.RoomIds.Count == 0, nameof(draft.RoomIds), "Required");
        e.AddIf(draft.VideoLink is { Length: > 0 } link && !IsMeetingLink(link), nameof(draft.VideoLink), "InvalidLink");
        e.AddIf(draft.Weekly.Any(w => w.ValidUntil < w.ValidFrom), nameof(draft.Weekly), "OutOfRange");
        e.AddIf(draft.Dates.Any(d => d.Date.Year is < 2000 or > 2100), nameof(draft.Dates), "OutOfRange");
        e.AddIf(draft.Weekly.Any(w => !Enum.IsDefined(w.Weekday)), nameof(draft.Weekly), "Unknown");
        HoursRules.Check(e, nameof(draft.Weekly),
            draft.Weekly.Select(w => ((object)(w.Weekday, w.ValidFrom, w.ValidUntil), w.From, w.To)).ToList());
        HoursRules.Check(e, nameof(draft.Dates), draft.Dates.Select(d => ((object)d.Date, d.From, d.To)).ToList());
        return e.Any ? e.ToProblem() : null;
    }

    /// <summary>Only https links: the meeting runs on an external, certified service (KBV Anlage 31b).</summary>
    public static bool IsMeetingLink(string link) =>
        link.Length <= MaxLinkLength && Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
        && !string.IsNullOrEmpty(uri.Host);
}
