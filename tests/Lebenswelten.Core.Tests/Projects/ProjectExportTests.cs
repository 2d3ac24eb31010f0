using System.Text;
using Lebenswelten.Core.Projects;
using Lebenswelten.Core.Tests.Infrastructure;
using static Lebenswelten.Core.Tests.Projects.ProjectsTestKit;

namespace Lebenswelten.Core.Tests.Projects;

public sealed class ProjectExportTests
{
    [Theory, BothProviders]
    public async Task The_budget_as_Excel_and_CSV_reads_back_with_the_figures_of_the_budget(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var source = await kit.SourceAsync("=Projektmittel", FundingSourceKind.InsurerProjectFunds);
        await kit.PlanAsync(source, 20_000_00);
        var application = await kit.UnderReviewAsync(await kit.ProjectAsync(), source, 7_500_50);
        Ok(await kit.StepAsync(application.Id, ApplicationStep.Approve, kit.OfficerA, new(AmountCents: 7_500_50)));
        Task<ExportFile> Export(ExportFormat format) => kit.WithAsync<ExportFile, ProjectExport>(async e =>
            Ok(await e.BudgetAsync(kit.Site.Id, kit.Site.Slug, 2026, kit.Coordinator.UserId, format, key => key, default)));

        var xlsx = TableFile.ReadXlsx((await Export(ExportFormat.Xlsx)).Content);
        var csv = Encoding.UTF8.GetString((await Export(ExportFormat.Csv)).Content).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(["ProjectExport.Source", "ProjectExport.Kind", "ProjectExport.Year", "ProjectExport.Planned", "ProjectExport.Committed", "ProjectExport.Spent", "ProjectExport.Available"],
            xlsx[0].Select(c => c?.ToString()));
        // A name that starts like a formula stays text (CSV injection).
        Assert.Equal("'=Projektmittel", xlsx[1][0]);
        Assert.Equal([20_000m, 7_500.5m, 0m, 12_499.5m], xlsx[1].Skip(3).Select(c => Convert.ToDecimal(c)));
        Assert.Equal("ProjectExport.Total", xlsx[2][0]);
        Assert.Equal("\"'=Projektmittel\";FundingSourceKind.InsurerProjectFunds;2026;20000;7500,5;0;12499,5", csv[1]);
        Assert.StartsWith("ProjectExport.Total;;2026;20000;7500,5;0;12499,5", csv[2]);
    }

    [Theory, BothProviders]
    public async Task The_project_list_as_Excel_reads_back_with_each_projects_phase_and_money(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var source = await kit.SourceAsync("Projektmittel Kasse A", FundingSourceKind.InsurerProjectFunds);
        await kit.PlanAsync(source, 20_000_00);
        var project = await kit.ProjectAsync("Präventionskette");
        await kit.ProjectAsync("Bewegte Väter");
        var application = await kit.UnderReviewAsync(project, source, 5_000_00);
        Ok(await kit.StepAsync(application.Id, ApplicationStep.Approve, kit.OfficerA, new(AmountCents: 4_000_00)));

        var file = await kit.WithAsync<ExportFile, ProjectExport>(async e =>
            Ok(await e.ProjectsAsync(kit.Site.Id, kit.Site.Slug, kit.Coordinator.UserId, ExportFormat.Xlsx, key => key, default)));
        var rows = TableFile.ReadXlsx(file.Content);

        Assert.EndsWith(".xlsx", file.FileName);
        Assert.Equal(["Bewegte Väter", "Präventionskette"], rows.Skip(1).Select(r => r[0]));
        Assert.Equal(["ActionCyclePhase.NeedsAssessment", "1", "5000", "4000", "0"],
            rows[2].Skip(2).Take(1).Concat(rows[2].Skip(5)).Select(c => Convert.ToString(c, System.Globalization.CultureInfo.InvariantCulture)));
        var refused = await kit.WithAsync<Outcome<ExportFile>, ProjectExport>(e =>
            e.ProjectsAsync(kit.Site.Id, kit.Site.Slug, kit.Provider.UserId, ExportFormat.Csv, key => key, default));
        Assert.Equal(ProblemKind.Forbidden, refused.Problem!.Kind);
    }
}
