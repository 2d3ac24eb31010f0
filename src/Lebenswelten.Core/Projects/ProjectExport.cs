namespace Lebenswelten.Core.Projects;

public enum ExportFormat
{
    Csv,
    Xlsx,
}

/// <summary>A file to download: its bytes, name and media type.</summary>
public sealed record ExportFile(byte[] Content, string FileName, string ContentType);

/// <summary>
/// A site's project list and budget as CSV or Excel, with the same figures as the pages: money in euros. No person's
/// name is in either (so the exports need no audit). Headers and values come in the caller's language through
/// <c>text</c> ("ProjectExport.Title", "ProjectSetting.Club", …).
/// </summary>
public sealed class ProjectExport(LebensweltenDbContext db, ProjectAccess access, BudgetBook budgets)
{
    public async Task<Outcome<ExportFile>> ProjectsAsync(Guid siteId, string siteSlug, string? userId, ExportFormat format, Func<string, string> text,
        CancellationToken ct)
    {
        if (!(await access.RolesAsync(userId, siteId, ct)).Applies)
        {
            return ProjectsProblems.Forbidden;
        }
        var projects = await db.Projects.AsNoTracking().Where(p => p.SiteId == siteId).OrderBy(p => p.Title).ToListAsync(ct);
        var money = await db.FundingApplications.AsNoTracking().Where(a => a.SiteId == siteId).GroupBy(a => a.ProjectId)
            .Select(g => new { g.Key, Count = g.Count(), Requested = g.Sum(a => a.RequestedCents), Approved = g.Sum(a => a.ApprovedCents ?? 0),
                Spent = g.Sum(a => a.SpentCents) })
            .ToDictionaryAsync(g => g.Key, ct);
        string[] headers = ["Title", "Setting", "Phase", "StartsOn", "EndsOn", "Applications", "Requested", "Approved", "Spent"];
        var rows = projects.Select(p =>
        {
            var m = money.GetValueOrDefault(p.Id);
            return (IReadOnlyList<object?>)
            [
                p.Title, text($"ProjectSetting.{p.Setting}"), text($"ActionCyclePhase.{p.Phase}"), p.StartsOn?.ToString("yyyy-MM-dd"),
                p.EndsOn?.ToString("yyyy-MM-dd"), m?.Count ?? 0, Euros(m?.Requested ?? 0), Euros(m?.Approved ?? 0), Euros(m?.Spent ?? 0),
            ];
        });
        return File(format, $"projekte-{siteSlug}", text("ProjectExport.ProjectsSheet"), headers.Select(h => text($"ProjectExport.{h}")).ToList(), rows);
    }

    public async Task<Outcome<ExportFile>> BudgetAsync(Guid siteId, string siteSlug, int year, string? userId, ExportFormat format,
        Func<string, string> text, CancellationToken ct)
    {
        var overview = await budgets.OverviewAsync(siteId, year, userId, ct);
        if (overview.Problem is { } problem)
        {
            return problem;
        }
        string[] headers = ["Source", "Kind", "Year", "Planned", "Committed", "Spent", "Available"];
        var lines = overview.Value!.Lines.Select(l => (IReadOnlyList<object?>)
        [
            l.Source.Name, text($"FundingSourceKind.{l.Source.Kind}"), l.Year, Euros(l.PlannedCents), Euros(l.CommittedCents),
            Euros(l.SpentCents), Euros(l.AvailableCents),
        ]).ToList();
        var all = overview.Value;
        lines.Add([text("ProjectExport.Total"), "", year, Euros(all.PlannedCents), Euros(all.CommittedCents), Euros(all.SpentCents),
            Euros(all.PlannedCents - all.CommittedCents)]);
        return File(format, $"budget-{siteSlug}-{year}", text("ProjectExport.BudgetSheet"), headers.Select(h => text($"ProjectExport.{h}")).ToList(), lines);
    }

    public static decimal Euros(long cents) => cents / 100m;

    private static ExportFile File(ExportFormat format, string name, string sheet, IReadOnlyList<string> headers,
        IEnumerable<IReadOnlyList<object?>> rows) => format == ExportFormat.Xlsx
        ? new(TableFile.Xlsx(sheet, headers, rows), name + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        : new(TableFile.Csv(headers, rows), name + ".csv", "text/csv; charset=utf-8");
}
