namespace Lebenswelten.Core.Offerings;

/// <summary>Keeps an offering's sessions and the catalogue's date columns in step.</summary>
public static class OfferingSchedule
{
    /// <summary>
    /// Sessions that stay (same start and end) keep their identity, so attendance already recorded for
    /// them survives an edit; removed ones go, new ones are added.
    /// </summary>
    public static void Replace(Offering offering, IReadOnlyList<SessionInput> inputs)
    {
        var wanted = inputs.Select(s => (Start: BerlinTime.ToUtc(s.Date, s.Start), End: BerlinTime.ToUtc(s.Date, s.End))).Distinct()
            .ToList();
        offering.Sessions.RemoveAll(s => !wanted.Contains((s.StartsAt, s.EndsAt)));
        foreach (var (start, end) in wanted.Where(w => !offering.Sessions.Any(s => s.StartsAt == w.Start && s.EndsAt == w.End)))
        {
            offering.Sessions.Add(new OfferingSession { OfferingId = offering.Id, StartsAt = start, EndsAt = end });
        }
        Refresh(offering);
    }

    public static void Refresh(Offering offering)
    {
        offering.FirstSessionStart = offering.Sessions.Count == 0 ? null : offering.Sessions.Min(s => s.StartsAt);
        offering.IsUndated = offering.Sessions.Count == 0;
        offering.LastSessionEnd = offering.Sessions.Count == 0 ? null : offering.Sessions.Max(s => s.EndsAt);
        offering.SessionWeekdays = offering.Sessions.Select(s => BerlinTime.ToLocal(s.StartsAt).DayOfWeek.ToFlag()).Combine();
    }
}
