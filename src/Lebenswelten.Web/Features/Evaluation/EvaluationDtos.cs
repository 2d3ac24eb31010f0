using Lebenswelten.Core.Evaluation;

namespace Lebenswelten.Web.Features.Evaluation;

/// <summary>A published count in the needs API's shape: <c>"value": null, "heldBack": true</c> when held back.</summary>
public sealed record CountDto(int? Value, bool HeldBack)
{
    public static CountDto From(PublishedCount count) => new(count.Value, count.HeldBack);
}

public sealed record ReachFiguresDto(CountDto Registrations, CountDto Participants, CountDto Attended, CountDto NoShows,
    CountDto Cancelled, CountDto Waitlisted, int? Places, double? AttendanceRate, double? WaitlistPressure)
{
    public static ReachFiguresDto From(ReachFigures f) => new(CountDto.From(f.Registrations), CountDto.From(f.Participants),
        CountDto.From(f.Attended), CountDto.From(f.NoShows), CountDto.From(f.Cancelled), CountDto.From(f.Waitlisted), f.Places,
        f.AttendanceRate, f.WaitlistPressure);
}

public sealed record GroupValueDto(string Key, string Label);

/// <summary>One line: its group (dimension → value) and its figures. Never a person.</summary>
public sealed record ReachLineDto(Dictionary<string, GroupValueDto> Group, ReachFiguresDto Figures);

/// <summary>The months asked for (first to last day), the grouping, the small-number minimum, the lines and the total.</summary>
public sealed record ReachTableDto(DateOnly From, DateOnly To, IReadOnlyList<string> GroupBy, int MinimumCount, bool IsSampleData,
    IReadOnlyList<ReachLineDto> Lines, ReachFiguresDto Total)
{
    public static ReachTableDto Of(ReachTable table, Func<GroupValue, string> label) => new(table.Query.Months.From,
        table.Query.Months.To.AddMonths(1).AddDays(-1), table.Query.GroupBy.Select(ReachInput.Name).ToList(), table.MinimumCount,
        table.IsSampleData,
        table.Lines.Select(l => new ReachLineDto(l.Group.ToDictionary(v => ReachInput.Name(v.Dimension), v => new GroupValueDto(v.Key, label(v))),
            ReachFiguresDto.From(l.Figures))).ToList(),
        ReachFiguresDto.From(table.Total));
}

public sealed record DistrictReachDto(string District, string Name, int? Residents, CountDto Participants, double? ParticipantShare,
    double? ResidentShare, double? ReachRatio, double? NeedScore, int? NeedRank, int? GisdQuintile)
{
    public static DistrictReachDto From(DistrictReach d) => new(d.Key, d.Name, d.Residents, CountDto.From(d.Participants),
        d.ParticipantShare, d.ResidentShare, d.ReachRatio, d.NeedScore, d.NeedRank, d.GisdQuintile);
}

public sealed record EquityDto(IReadOnlyList<DistrictReachDto> Districts, double? ConcentrationIndex, int MinimumCount, bool IsSampleData)
{
    public static EquityDto From(EquityTable t) => new(t.Districts.Select(DistrictReachDto.From).ToList(), t.ConcentrationIndex,
        t.MinimumCount, t.IsSampleData);
}

public sealed record ConsultationMonthDto(Guid RoomId, string Room, string Month, CountDto Booked, CountDto Held, CountDto Cancelled)
{
    public static ConsultationMonthDto From(ConsultationMonth m) => new(m.RoomId, m.Room, m.Month.ToString("yyyy-MM"),
        CountDto.From(m.Booked), CountDto.From(m.Held), CountDto.From(m.Cancelled));
}
