using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Needs;

/// <summary>Which of the district files a preview shows.</summary>
public enum DistrictFile
{
    Boundaries,
    Population,
}

/// <summary>
/// The coordinator's imports, each a preview first and then all or nothing: indicator values, district boundaries, residents.
/// Files are read as Excel and LibreOffice save them (UploadedText: UTF-8 or Windows-1252).
/// </summary>
[Authorize(Policy = Policies.SiteCoordinator)]
public sealed class ImportModel(SiteDirectory sites, NeedsDirectory needs, IndicatorImport import, DistrictImport districts,
    PopulationImport population, IStringLocalizer<NeedsResource> text) : PageModel
{
    public Site Site { get; private set; } = null!;
    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];
    [BindProperty] public Guid IndicatorId { get; set; }
    [BindProperty] public string? Csv { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }

    /// <summary>A checked district file, carried from its preview to its commit.</summary>
    [BindProperty] public string? FileText { get; set; }

    /// <summary>Whom the residents figures come from, credited on the site's page.</summary>
    [BindProperty] public string? PopulationSource { get; set; }
    public IndicatorImportPreview? Preview { get; private set; }
    public DistrictImportPreview? DistrictPreview { get; private set; }
    public DistrictFile? PreviewOf { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct) => await LoadAsync(site, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPreviewAsync(string site, CancellationToken ct) =>
        await RunAsync(site, (id, csv) => import.PreviewAsync(id, IndicatorId, csv, ct), committed: false, ct);

    public async Task<IActionResult> OnPostCommitAsync(string site, CancellationToken ct) =>
        await RunAsync(site, (id, csv) => import.CommitAsync(id, IndicatorId, csv, User.UserId() ?? "", ct), committed: true, ct);

    public Task<IActionResult> OnPostBoundariesPreviewAsync(string site, CancellationToken ct) =>
        PreviewFileAsync(site, DistrictFile.Boundaries, (id, file) => districts.PreviewBoundariesAsync(id, file, ct), ct);

    public Task<IActionResult> OnPostPopulationPreviewAsync(string site, CancellationToken ct) =>
        PreviewFileAsync(site, DistrictFile.Population, (id, file) => population.PreviewAsync(id, file, ct), ct);

    public Task<IActionResult> OnPostBoundariesAsync(string site, CancellationToken ct) =>
        FileImportAsync(site, (id, file) => districts.ImportBoundariesAsync(id, file, ct), "Import.Feature", ct);

    public Task<IActionResult> OnPostPopulationAsync(string site, CancellationToken ct) =>
        FileImportAsync(site, (id, file) => population.ImportAsync(id, file, ct, PopulationSource), "Import.Line", ct);

    private async Task<IActionResult> RunAsync(string site, Func<Guid, string, Task<Core.Common.Outcome<IndicatorImportPreview>>> action,
        bool committed, CancellationToken ct)
    {
        if (!await LoadAsync(site, ct))
        {
            return NotFound();
        }
        Csv = Upload is { Length: > 0 } ? await UploadedText.ReadAsync(Upload.OpenReadStream(), ct) : Csv ?? "";
        var outcome = await action(Site.Id, Csv);
        if (!outcome.Succeeded)
        {
            Errors = [text[$"Problem.{outcome.Problem!.Code}"]];
            return Page();
        }
        Preview = outcome.Value!;
        Errors = Preview.Errors.Select(e => e.Describe(text)).ToList();
        if (committed && Preview.CanCommit)
        {
            Done = text["Needs.ImportDone", Preview.Rows.Count];
            (Preview, Csv) = (null, null);
        }
        return Page();
    }

    private async Task<IActionResult> PreviewFileAsync(string site, DistrictFile kind,
        Func<Guid, string, Task<DistrictImportPreview>> preview, CancellationToken ct)
    {
        if (!await LoadAsync(site, ct))
        {
            return NotFound();
        }
        FileText = await FileAsync(ct);
        (DistrictPreview, PreviewOf) = (await preview(Site.Id, FileText), kind);
        Errors = DistrictPreview.Errors.Select(e => e.Describe(text, kind == DistrictFile.Boundaries ? "Import.Feature" : "Import.Line")).ToList();
        return Page();
    }

    private async Task<IActionResult> FileImportAsync(string site, Func<Guid, string, Task<DistrictImportResult>> action, string position,
        CancellationToken ct)
    {
        if (!await LoadAsync(site, ct))
        {
            return NotFound();
        }
        var result = await action(Site.Id, await FileAsync(ct));
        Errors = result.Errors.Select(e => e.Describe(text, position)).ToList();
        Done = result.Succeeded ? text["Needs.DistrictImportDone", result.Created, result.Updated, result.OfferingsAssigned].Value : null;
        FileText = null;
        return Page();
    }

    /// <summary>The uploaded file, or the one a preview carried in the form.</summary>
    private async Task<string> FileAsync(CancellationToken ct) =>
        Upload is { Length: > 0 } ? await UploadedText.ReadAsync(Upload.OpenReadStream(), ct) : FileText ?? "";

    private async Task<bool> LoadAsync(string site, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return false;
        }
        Site = found;
        PopulationSource ??= found.PopulationSource;
        Indicators = await needs.IndicatorsAsync(found.Id, staff: true, ct);
        return true;
    }
}
