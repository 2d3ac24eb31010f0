using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Evaluation;

/// <summary>
/// A site's yearly report for its insurer and council (issue 20): key figures, equity, reach tables, consultations,
/// health goals, projects and methods, printable as HTML and downloadable as PDF with the same figures.
/// </summary>
[Authorize(Policy = Policies.SiteStaff)]
public sealed class YearlyReportModel(BackOfficeServices services, YearlyReportReader reader, IStringLocalizer<EvaluationResource> text)
    : BackOfficePage(services, text)
{
    [FromQuery(Name = "jahr")]
    public string? YearText { get; set; }

    public YearlyReport Report { get; private set; } = null!;

    public IEnumerable<int> Years => Enumerable.Range(YearlyReportReader.FirstYear, ThisYear - YearlyReportReader.FirstYear + 1).Reverse();

    private int ThisYear => BerlinTime.LocalDate(Clock.GetUtcNow()).Year;

    public Task<IActionResult> OnGetAsync(string site, CancellationToken ct) => ReadAsync(site, Page, ct);

    /// <summary>The PDF of the year asked for; a year that does not parse is the page with its error, not a file.</summary>
    public Task<IActionResult> OnGetPdfAsync(string site, CancellationToken ct) => ReadAsync(site,
        () => ModelState.IsValid ? File(YearlyReportPdf.Write(Report, Text), "application/pdf", Report.FileName) : Page(), ct);

    private async Task<IActionResult> ReadAsync(string site, Func<IActionResult> answer, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        var year = ThisYear;
        if (!string.IsNullOrWhiteSpace(YearText) && !int.TryParse(YearText.Trim(), out year))
        {
            Show(DomainProblem.Field("jahr", "YearOutOfRange"), "Filter");
            year = ThisYear;
        }
        var outcome = await reader.ReadAsync(Site, year, User.UserId(), ct);
        if (outcome.Problem is { Kind: ProblemKind.Invalid } invalid)
        {
            Show(invalid, "Filter");
            outcome = await reader.ReadAsync(Site, ThisYear, User.UserId(), ct);
        }
        if (outcome.Problem is not null)
        {
            return Forbid();
        }
        Report = outcome.Value!;
        return answer();
    }
}
