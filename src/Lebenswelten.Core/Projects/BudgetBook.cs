using Microsoft.Extensions.Options;

namespace Lebenswelten.Core.Projects;

public sealed record BudgetLine(FundingSource Source, int Year, long PlannedCents, long CommittedCents, long SpentCents)
{
    public long AvailableCents => PlannedCents - CommittedCents;
}

/// <summary>A site's budgets as the caller may see them, with the sums and the law's per-insured figure as context.</summary>
public sealed record BudgetOverview(IReadOnlyList<BudgetLine> Lines, (int Year, long Cents)? PerInsuredTarget)
{
    public long PlannedCents => Lines.Sum(l => l.PlannedCents);
    public long CommittedCents => Lines.Sum(l => l.CommittedCents);
    public long SpentCents => Lines.Sum(l => l.SpentCents);
}

/// <summary>Reads the sources and budgets of a site: coordinators see all, insurer officers their insurers' sources only.</summary>
public sealed class BudgetBook(LebensweltenDbContext db, ProjectAccess access, IOptions<PerInsuredTargetOptions> target)
{
    public async Task<Outcome<List<FundingSource>>> SourcesAsync(Guid siteId, string? userId, CancellationToken ct)
    {
        var roles = await access.RolesAsync(userId, siteId, ct);
        if (!roles.Applies && roles.Insurers.Count == 0)
        {
            return ProjectsProblems.Forbidden;
        }
        var sources = await db.FundingSources.AsNoTracking().Include(s => s.Shares).Where(s => s.SiteId == siteId)
            .OrderBy(s => s.Name).ToListAsync(ct);
        return sources.Where(roles.Sees).ToList();
    }

    public async Task<Outcome<BudgetOverview>> OverviewAsync(Guid siteId, int year, string? userId, CancellationToken ct)
    {
        var sources = await SourcesAsync(siteId, userId, ct);
        if (sources.Problem is { } problem)
        {
            return problem;
        }
        var ids = sources.Value!.Select(s => s.Id).ToList();
        var budgets = await db.Budgets.AsNoTracking().Where(b => b.SiteId == siteId && b.Year == year && ids.Contains(b.FundingSourceId))
            .ToDictionaryAsync(b => b.FundingSourceId, ct);
        var lines = sources.Value!.Select(s => budgets.TryGetValue(s.Id, out var b)
            ? new BudgetLine(s, year, b.PlannedCents, b.CommittedCents, b.SpentCents)
            : new BudgetLine(s, year, 0, 0, 0)).ToList();
        return new BudgetOverview(lines, target.Value.For(year));
    }
}
