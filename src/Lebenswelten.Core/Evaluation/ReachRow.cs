using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Core.Evaluation;

/// <summary>What one registration contributes to the reach figures; read in the refresh and never stored.</summary>
internal sealed record ReachRow(Guid Id, Guid OfferingId, string? UserId, string? NormalizedEmail, string? PostalCode,
    int? BirthYear, Sex? Sex, RegistrationStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? FirstSessionStart,
    OfferingCategory Category, TargetGroups TargetGroups, bool Attended, bool AttendanceRecorded)
{
    /// <summary>
    /// The month a registration counts in: its offering's first session, or (for undated offerings such as counselling)
    /// when the registration was made.
    /// </summary>
    public DateOnly Month => MonthRange.MonthOf(FirstSessionStart ?? CreatedAt);

    /// <summary>
    /// One person, counted once per cell: the account, or for a guest the normalised e-mail. The key lives only in
    /// memory during the refresh; the tables keep the number of distinct keys.
    /// </summary>
    public string PersonKey => UserId is not null ? "u:" + UserId : NormalizedEmail is not null ? "g:" + NormalizedEmail : "r:" + Id;

    /// <summary>Registrations that count: all but guests who never confirmed and offers not taken up in time.</summary>
    public static IQueryable<ReachRow> Query(LebensweltenDbContext db, Guid siteId, MonthRange range) =>
        from r in db.Registrations.AsNoTracking()
        where r.Offering!.SiteId == siteId && r.AnonymisedAt == null && r.Status != RegistrationStatus.Expired
            && ((r.Offering!.FirstSessionStart != null && r.Offering.FirstSessionStart >= range.UtcStart
                    && r.Offering.FirstSessionStart < range.UtcEnd)
                || (r.Offering.FirstSessionStart == null && r.CreatedAt >= range.UtcStart && r.CreatedAt < range.UtcEnd))
        select new ReachRow(r.Id, r.OfferingId, r.UserId, r.NormalizedEmail, r.PostalCode, r.BirthYear, r.Sex, r.Status,
            r.CreatedAt, r.Offering!.FirstSessionStart, r.Offering.Category, r.Offering.TargetGroups,
            db.Attendances.Any(a => a.RegistrationId == r.Id && a.Present),
            db.Attendances.Any(a => a.RegistrationId == r.Id));
}
