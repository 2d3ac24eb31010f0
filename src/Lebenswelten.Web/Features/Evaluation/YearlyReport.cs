using Lebenswelten.Core.Evaluation;
using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Projects;
using Lebenswelten.Core.Referrals;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Web.Features.Evaluation;

/// <summary>What a site's yearly report holds: the evaluation of the calendar year, its health goals and its projects.</summary>
public sealed record YearlyReport(Site Site, int Year, ReachTable Overview, SiteFigures Figures, IReadOnlyList<GoalProgress> Goals,
    IReadOnlyList<Project> Projects, IReadOnlyList<MonthFigures> Vouchers, DateOnly Written)
{
    public string FileName => $"jahresbericht-{Site.Slug}-{Year}.pdf";
}

/// <summary>Reads a yearly report for the page and the PDF alike, so both show the same figures.</summary>
public sealed class YearlyReportReader(ReachReport reach, SiteFiguresReader figures, NeedsDirectory needs, ProjectDirectory projects,
    ReferralFigures vouchers, TimeProvider clock)
{
    public const int FirstYear = 2000;

    /// <summary>A year before <see cref="FirstYear"/> or after this one is a field error of <c>jahr</c>.</summary>
    public async Task<Outcome<YearlyReport>> ReadAsync(Site site, int year, string? userId, CancellationToken ct)
    {
        var today = BerlinTime.LocalDate(clock.GetUtcNow());
        if (year < FirstYear || year > today.Year)
        {
            return DomainProblem.Field("jahr", "YearOutOfRange");
        }
        var query = new ReachQuery(new DateOnly(year, 1, 1), new DateOnly(year, 12, 1), [], null, null);
        var overview = await reach.ForSiteAsync(site.Id, query, userId, ct);
        if (overview.Problem is { } problem)
        {
            return problem;
        }
        // Published projects only: the report goes to the insurer and the council, like the public project pages. The
        // jobcenter's voucher figures as "Gutscheine in Zahlen" publishes them, for those who may read those (else none).
        var voucherMonths = await vouchers.ForYearAsync(site.Id, year, userId, ct);
        return new YearlyReport(site, year, overview.Value!, await figures.ReadAsync(site.Id, query, userId, ct),
            await needs.GoalsAsync(site.Id, ct), await projects.PublishedAsync(site.Id, ct), voucherMonths.Value ?? [], today);
    }
}
