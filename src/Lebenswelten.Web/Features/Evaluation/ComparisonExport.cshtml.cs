using Lebenswelten.Core.Evaluation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Evaluation;

/// <summary>One table of the comparison across sites as CSV or Excel, with the page's suppression.</summary>
[Authorize]
public sealed class ComparisonExportModel(ReachReport reach, TimeProvider clock, IStringLocalizer<EvaluationResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ReachFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "tabelle")]
    public string? Table { get; set; }

    [BindProperty(SupportsGet = true, Name = "format")]
    public string? Format { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        ReachDownload.AnswerAsync(Filter, Table, Format, ReachTables.AcrossSites, BerlinTime.LocalDate(clock.GetUtcNow()),
            query => reach.AcrossSitesAsync(query, User.UserId(), ct), text, "auswertung-standorte");
}
