using Lebenswelten.Core.Evaluation;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Evaluation;

/// <summary>
/// Archived cells for Jena's districts (index into the districts by name; -1 = unknown) in a month of the given year
/// that no other test uses, so that no refresh replaces them and no other test sees them.
/// </summary>
public static class EvaluationCells
{
    public static async Task<(IReadOnlyList<District> Districts, DateOnly Month)> AddAsync(AppHost host, int year,
        params (int District, string AgeBand, int Count)[] cells)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        var jena = await db.Sites.SingleAsync(s => s.Slug == "jena");
        var districts = await db.Districts.Where(d => d.SiteId == jena.Id).OrderBy(d => d.Name).ToListAsync();
        var month = new DateOnly(year, 1 + Random.Shared.Next(12), 1);
        while (await db.ReachFacts.AnyAsync(f => f.SiteId == jena.Id && f.Month == month))
        {
            month = month.AddMonths(1);
        }
        db.ReachFacts.AddRange(cells.Select(c => new ReachFact
        {
            SiteId = jena.Id, Month = month, DistrictId = c.District < 0 ? null : districts[c.District].Id, AgeBand = c.AgeBand, Sex = "f",
            IsArchived = true, Category = OfferingCategory.Exercise, TargetGroups = TargetGroups.Tenants,
            Registrations = c.Count, Participants = c.Count,
        }));
        await db.SaveChangesAsync();
        return (districts, month);
    }
}
