using Lebenswelten.Core.Data;
using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Web.Features.Offerings.Registrations;

public sealed record MyRegistration(Registration Registration, int? Position);

/// <summary>An account holder's own registrations, for the page and the API alike.</summary>
public static class MyRegistrations
{
    public static async Task<List<MyRegistration>> ListAsync(
        LebensweltenDbContext db, RegistrationService registrations, string userId, CancellationToken ct)
    {
        var all = await db.Registrations.AsNoTracking().Include(r => r.Offering).ThenInclude(o => o!.Organisation)
            .Where(r => r.UserId == userId).ToListAsync(ct);
        // Sorted here, not in SQL: SQLite cannot order by DateTimeOffset, and one person has few registrations.
        var sorted = all.Where(r => r.IsActive).OrderBy(r => r.Offering!.FirstSessionStart ?? DateTimeOffset.MaxValue)
            .Concat(all.Where(r => !r.IsActive).OrderByDescending(r => r.CancelledAt ?? r.CreatedAt))
            .ToList();
        var result = new List<MyRegistration>(sorted.Count);
        foreach (var registration in sorted)
        {
            result.Add(new MyRegistration(registration, await registrations.PositionAsync(registration, ct)));
        }
        return result;
    }
}
