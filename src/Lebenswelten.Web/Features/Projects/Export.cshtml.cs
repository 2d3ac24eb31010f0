using Lebenswelten.Core.Projects;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Projects;

/// <summary>The project list (coordination) or the budget (everyone with a funding role here) as CSV or Excel.</summary>
[Authorize(Policy = Policies.SiteStaff)]
public sealed class ExportModel(BackOfficeServices services, IStringLocalizer<ProjectsResource> text, ProjectExport export)
    : BackOfficePage(services, text)
{
    public async Task<IActionResult> OnGetAsync(string site, string? what, string? format, int? year, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        var as_ = format == "xlsx" ? ExportFormat.Xlsx : ExportFormat.Csv;
        var shown = year is >= 2000 and <= 2100 ? year.Value : BerlinTime.LocalDate(Clock.GetUtcNow()).Year;
        var file = what == "projects"
            ? await export.ProjectsAsync(Site.Id, Site.Slug, UserId, as_, key => Text[key], ct)
            : await export.BudgetAsync(Site.Id, Site.Slug, shown, UserId, as_, key => Text[key], ct);
        return file.Value is { } done ? File(done.Content, done.ContentType, done.FileName) : Forbid();
    }
}
