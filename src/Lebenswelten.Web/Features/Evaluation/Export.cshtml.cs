using Lebenswelten.Core.Evaluation;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Evaluation;

/// <summary>One table of a site's dashboard as CSV or Excel (<c>?tabelle=stadtteile&amp;format=xlsx</c> and the filter).</summary>
[Authorize(Policy = Policies.SiteStaff)]
public sealed class ExportModel(BackOfficeServices services, ReachReport reach, IStringLocalizer<EvaluationResource> text)
    : BackOfficePage(services, text)
{
    [BindProperty(SupportsGet = true)]
    public ReachFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "tabelle")]
    public string? Table { get; set; }

    [BindProperty(SupportsGet = true, Name = "format")]
    public string? Format { get; set; }

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        return await ReachDownload.AnswerAsync(Filter, Table, Format, ReachTables.Site, BerlinTime.LocalDate(Clock.GetUtcNow()),
            query => reach.ForSiteAsync(Site.Id, query, User.UserId(), ct), Text, $"auswertung-{Site.Slug}");
    }
}
