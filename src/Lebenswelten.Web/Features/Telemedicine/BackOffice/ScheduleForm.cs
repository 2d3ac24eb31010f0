using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Web.Features.Telemedicine.BackOffice;

/// <summary>A weekly rule on the form; a row without a weekday is unused.</summary>
public sealed class WeeklyRow
{
    public DayOfWeek? Weekday { get; set; }
    public TimeOnly? From { get; set; }
    public TimeOnly? To { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidUntil { get; set; }

    public bool IsEmpty => Weekday is null && From is null && To is null && ValidFrom is null && ValidUntil is null;
}

/// <summary>Extra hours on one date; an empty row is unused.</summary>
public sealed class DateRow
{
    public DateOnly? Date { get; set; }
    public TimeOnly? From { get; set; }
    public TimeOnly? To { get; set; }

    public bool IsEmpty => Date is null && From is null && To is null;
}

/// <summary>The consultation hours form as posted; field names follow <see cref="ScheduleDraft"/>.</summary>
public sealed class ScheduleForm
{
    public const int EmptyWeeklyRows = 3;
    public const int EmptyDateRows = 2;

    public Guid PracticeOrganisationId { get; set; }
    public string? Name { get; set; }
    public int? SlotMinutes { get; set; } = 15;
    public List<ConsultationKind> Kinds { get; set; } = [ConsultationKind.FollowUp];
    public int? HorizonDays { get; set; } = 28;
    public int? MinNoticeHours { get; set; } = 2;
    public int? CancellationDeadlineHours { get; set; } = 24;
    public bool ServesAllRooms { get; set; } = true;
    public List<Guid> RoomIds { get; set; } = [];
    public List<WeeklyRow> Weekly { get; set; } = [];
    public List<DateRow> Dates { get; set; } = [];
    public string? VideoLink { get; set; }
    public bool IsActive { get; set; } = true;

    public (ScheduleDraft Draft, DomainProblem? Problem) ToDraft()
    {
        var errors = new FieldErrors();
        var weekly = Weekly.Where(w => !w.IsEmpty).ToList();
        var dates = Dates.Where(d => !d.IsEmpty).ToList();
        errors.AddIf(weekly.Any(w => w.Weekday is null || w.From is null || w.To is null), nameof(Weekly), "Incomplete");
        errors.AddIf(dates.Any(d => d.Date is null || d.From is null || d.To is null), nameof(Dates), "Incomplete");
        var draft = new ScheduleDraft
        {
            PracticeOrganisationId = PracticeOrganisationId, Name = Name ?? "", SlotMinutes = SlotMinutes ?? 0,
            Kinds = Kinds.Where(Enum.IsDefined).Aggregate(ConsultationKinds.None, (all, k) => all | k.ToFlag()),
            HorizonDays = HorizonDays ?? 0, MinNoticeHours = MinNoticeHours ?? 0,
            CancellationDeadlineHours = CancellationDeadlineHours ?? 0,
            ServesAllRooms = ServesAllRooms, RoomIds = RoomIds,
            Weekly = weekly.Where(w => w is { Weekday: not null, From: not null, To: not null })
                .Select(w => new WeeklyHours(w.Weekday!.Value, w.From!.Value, w.To!.Value, w.ValidFrom, w.ValidUntil)).ToList(),
            Dates = dates.Where(d => d is { Date: not null, From: not null, To: not null })
                .Select(d => new DateHours(d.Date!.Value, d.From!.Value, d.To!.Value)).ToList(),
            VideoLink = VideoLink, IsActive = IsActive,
        };
        return (draft, errors.Any ? errors.ToProblem() : null);
    }

    public static ScheduleForm From(ConsultationSchedule s) => new()
    {
        PracticeOrganisationId = s.PracticeOrganisationId, Name = s.Name, SlotMinutes = s.SlotMinutes, Kinds = s.Kinds.Members().ToList(),
        HorizonDays = s.HorizonDays, MinNoticeHours = s.MinNoticeHours, CancellationDeadlineHours = s.CancellationDeadlineHours,
        ServesAllRooms = s.ServesAllRooms, RoomIds = s.Rooms.Select(r => r.RoomId).ToList(),
        Weekly = s.Hours.Where(h => h.Date is null).OrderBy(h => ((int)h.Weekday!.Value + 6) % 7).ThenBy(h => h.From)
            .Select(h => new WeeklyRow
            {
                Weekday = h.Weekday, From = h.From, To = h.To, ValidFrom = h.ValidFrom, ValidUntil = h.ValidUntil,
            }).ToList(),
        Dates = s.Hours.Where(h => h.Date is not null).OrderBy(h => h.Date).ThenBy(h => h.From)
            .Select(h => new DateRow { Date = h.Date, From = h.From, To = h.To }).ToList(),
        VideoLink = s.VideoLink, IsActive = s.IsActive,
    };

    /// <summary>Empty rows to add more hours without script.</summary>
    public void Pad()
    {
        Weekly = [.. Weekly.Where(w => !w.IsEmpty), .. Enumerable.Range(0, EmptyWeeklyRows).Select(_ => new WeeklyRow())];
        Dates = [.. Dates.Where(d => !d.IsEmpty), .. Enumerable.Range(0, EmptyDateRows).Select(_ => new DateRow())];
    }
}
