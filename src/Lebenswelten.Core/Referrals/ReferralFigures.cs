using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Core.Referrals;

/// <summary>One published count: held back (null) when under five cases, as the needs figures are.</summary>
public sealed record Cell(int? Value, bool HeldBack)
{
    public const int SmallNumberThreshold = 5;

    public static Cell Of(int count) => count < SmallNumberThreshold ? new(null, true) : new(count, false);

    /// <summary>As pages, files and the yearly report print it: the count, or "&lt; 5" where it is held back.</summary>
    public string Shown() => HeldBack ? $"< {SmallNumberThreshold}" : Value!.Value.ToString("N0", System.Globalization.CultureInfo.CurrentCulture);
}

/// <summary>A site's referral figures of one month (Berlin calendar).</summary>
public sealed record MonthFigures(int Year, int Month, Cell Issued, Cell Redeemed,
    IReadOnlyDictionary<OfferingCategory, Cell> RegistrationsByCategory, Cell Attendances);

/// <summary>
/// Aggregated figures for the site's coordinators and evaluators (issue 19): vouchers issued and redeemed, registrations
/// from vouchers by category, and attendances at them, per month. Every cell under five is held back, so no single
/// person's use can be read off (GDPR Art. 9; the small-number rule of the needs figures).
/// </summary>
public sealed class ReferralFigures(LebensweltenDbContext db, ReferralAccess access)
{
    public async Task<Outcome<IReadOnlyList<MonthFigures>>> ForYearAsync(Guid siteId, int year, string? userId, CancellationToken ct)
    {
        if (!await access.MaySeeFiguresAsync(userId, siteId, ct))
        {
            return DomainProblem.Forbidden("ReferralFigures.Forbidden");
        }
        if (year is < 2000 or > 2100)
        {
            return DomainProblem.Field("Year", "OutOfRange");
        }
        // A day either side: the months are Berlin's, the columns UTC.
        var start = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(-1);
        var end = start.AddYears(1).AddDays(2);
        var issued = await db.Vouchers.Where(v => v.SiteId == siteId && v.IssuedAt >= start && v.IssuedAt < end)
            .Select(v => v.IssuedAt).ToListAsync(ct);
        var redeemed = await db.Vouchers.Where(v => v.SiteId == siteId && v.RedeemedAt >= start && v.RedeemedAt < end)
            .Select(v => v.RedeemedAt!.Value).ToListAsync(ct);
        var registered = await db.VoucherRegistrations.Where(l => l.SiteId == siteId && l.CreatedAt >= start && l.CreatedAt < end)
            .Select(l => new { l.CreatedAt, l.Category }).ToListAsync(ct);
        var attended = await (from link in db.VoucherRegistrations
                              join attendance in db.Attendances on link.RegistrationId equals attendance.RegistrationId
                              where link.SiteId == siteId && attendance.Present
                                  && attendance.RecordedAt >= start && attendance.RecordedAt < end
                              select attendance.RecordedAt).ToListAsync(ct);

        return Enumerable.Range(1, 12).Select(month =>
        {
            bool InMonth(DateTimeOffset at)
            {
                var local = BerlinTime.ToLocal(at);
                return local.Year == year && local.Month == month;
            }
            return new MonthFigures(year, month, Cell.Of(issued.Count(InMonth)), Cell.Of(redeemed.Count(InMonth)),
                Enum.GetValues<OfferingCategory>().ToDictionary(c => c,
                    c => Cell.Of(registered.Count(r => r.Category == c && InMonth(r.CreatedAt)))),
                Cell.Of(attended.Count(InMonth)));
        }).ToList();
    }
}
