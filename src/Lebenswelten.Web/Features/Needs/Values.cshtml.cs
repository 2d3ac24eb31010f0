using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Needs;

public sealed class CorrectionForm
{
    public string? Value { get; set; }
    public string? Numerator { get; set; }
    public string? Denominator { get; set; }
    public string? Note { get; set; }
}

/// <summary>A coordinator picks one district's value in one year, corrects it with a note, and sees who changed it before.</summary>
[Authorize(Policy = Policies.SiteCoordinator)]
public sealed class ValuesModel(SiteDirectory sites, NeedsDirectory needs, IndicatorCorrection correction,
    IStringLocalizer<NeedsResource> text) : PageModel
{
    public Site Site { get; private set; } = null!;
    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];
    public IReadOnlyList<District> Districts { get; private set; } = [];
    [BindProperty(SupportsGet = true, Name = "indikator")] public Guid? IndicatorId { get; set; }
    [BindProperty(SupportsGet = true, Name = "stadtteil")] public string? DistrictKey { get; set; }
    [BindProperty(SupportsGet = true, Name = "jahr")] public string? Year { get; set; }
    [BindProperty] public CorrectionForm Input { get; set; } = new();
    [TempData] public string? Saved { get; set; }
    public ValueRecord? Record { get; private set; }

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        if (!await LoadAsync(site, ct))
        {
            return NotFound();
        }
        await LoadRecordAsync(ct);
        if (Record?.Current is { } current)
        {
            Input = new CorrectionForm
            {
                Value = FormNumbers.Show(current.Value),
                Numerator = current.Numerator?.ToString(),
                Denominator = current.Denominator?.ToString(),
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string site, CancellationToken ct)
    {
        // No read of the value's history before the change: only a page shown again (with errors) reads and audits it.
        if (!await LoadAsync(site, ct) || Indicators.FirstOrDefault(i => i.Id == IndicatorId) is not { } indicator
            || DistrictKey is not { Length: > 0 } district || !int.TryParse(Year, out var year))
        {
            return NotFound();
        }
        var errors = new FieldErrors();
        var value = FormNumbers.Decimal(Input.Value, "Value", errors);
        var (numerator, denominator) = (Count(Input.Numerator, "Numerator", errors), Count(Input.Denominator, "Denominator", errors));
        var outcome = errors.Any ? errors.ToProblem()
            : await correction.CorrectAsync(Site.Id, indicator.Id, district, year,
                new IndicatorFigure(indicator.Kind == IndicatorKind.Value ? (double?)value : null, numerator, denominator),
                Input.Note, User.UserId() ?? "", ct);
        if (outcome.Problem is { Kind: ProblemKind.NotFound })
        {
            return NotFound();
        }
        if (outcome.Problem is { } problem)
        {
            problem.AddTo(ModelState, text);
            await LoadRecordAsync(ct);
            return Page();
        }
        Saved = text["Needs.CorrectionSaved"];
        return RedirectToPage(new { site = Site.Slug, indikator = IndicatorId, stadtteil = DistrictKey, jahr = Year });
    }

    private static int? Count(string? raw, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        if (int.TryParse(raw.Trim(), out var count))
        {
            return count;
        }
        errors.Add(field, "NotANumber");
        return null;
    }

    private async Task<bool> LoadAsync(string site, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return false;
        }
        Site = found;
        Indicators = await needs.IndicatorsAsync(found.Id, staff: true, ct);
        Districts = await sites.DistrictsAsync(found.Id, ct);
        return true;
    }

    /// <summary>The chosen value with its history: who changed it is personal data, so this read is audited.</summary>
    private async Task LoadRecordAsync(CancellationToken ct)
    {
        if (IndicatorId is { } indicator && DistrictKey is { Length: > 0 } district && int.TryParse(Year, out var year))
        {
            Record = (await correction.RecordAsync(Site.Id, indicator, district, year, HttpContext.AuditActor(), ct)).Value;
        }
    }
}
