using Lebenswelten.Core.Data;
using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Web.Features.Telemedicine.BackOffice;

/// <summary>The practices a person acts for at a site, by name (from <see cref="TelemedicineAccess"/>).</summary>
public static class PracticeChoices
{
    public static async Task<IReadOnlyList<(Guid Id, string Name)>> ForAsync(TelemedicineAccess access, LebensweltenDbContext db,
        string userId, Guid siteId, CancellationToken ct)
    {
        var ids = await access.PracticesOfAsync(userId, siteId, ct);
        var practices = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Name })
            .ToListAsync(ct);
        return practices.OrderBy(p => p.Name, StringComparer.CurrentCulture).Select(p => (p.Id, p.Name)).ToList();
    }
}
