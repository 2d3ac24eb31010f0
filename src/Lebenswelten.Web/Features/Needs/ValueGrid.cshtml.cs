using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Needs;

/// <summary>
/// One indicator's values as a grid of districts × years (DHIS2's data entry form): one input per cell, one note for all
/// changed cells, saved together or not at all (IndicatorGrid). Works as a plain form, without JavaScript.
/// </summary>
[Authorize(Policy = Policies.SiteCoordinator)]
public sealed class ValueGridModel(SiteDirectory sites, IndicatorGrid grid, TimeProvider clock, IStringLocalizer<NeedsResource> text)
    : PageModel
{
    public const int DefaultYears = 5;

    public Site Site { get; private set; } = null!;
    public GridValues Grid { get; private set; } = null!;
    [BindProperty(SupportsGet = true, Name = "von")] public int? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "bis")] public int? To { get; set; }

    /// <summary>The cells as typed, by "{district key}|{year}" (<see cref="IndicatorGrid.CellKey"/>).</summary>
    [BindProperty] public Dictionary<string, string?> Cells { get; set; } = [];
    [BindProperty] public string? Note { get; set; }
    [TempData] public string? Saved { get; set; }

    public bool IsRatio => Grid.Indicator.Kind == IndicatorKind.Ratio;

    public async Task<IActionResult> OnGetAsync(string site, Guid indicator, CancellationToken ct)
    {
        if (await LoadAsync(site, indicator, ct) is { } refused)
        {
            return refused;
        }
        Cells = Grid.Districts.SelectMany(d => Grid.Years.Select(y => (Key: IndicatorGrid.CellKey(d.Key, y), Value: Grid.At(d, y))))
            .ToDictionary(c => c.Key, c => c.Value is { } v ? Shown(v) : null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string site, Guid indicator, CancellationToken ct)
    {
        if (await LoadAsync(site, indicator, ct) is { } refused)
        {
            return refused;
        }
        var errors = new FieldErrors();
        var entries = Grid.Districts.SelectMany(d => Grid.Years.Select(y => new GridEntry(d.Key, y,
            Figure(IndicatorGrid.CellKey(d.Key, y), errors)))).ToList();
        var outcome = errors.Any ? errors.ToProblem() : await grid.SaveAsync(Site.Id, indicator, entries, Note, User.UserId() ?? "", ct);
        if (outcome.Problem is { } problem)
        {
            AddErrors(problem);
            return Page();
        }
        Saved = text["Needs.GridSaved", outcome.Value];
        return RedirectToPage(new { site = Site.Slug, indicator, von = From, bis = To });
    }

    public string? ErrorOf(string cell) => ModelState.TryGetValue($"Cells[{cell}]", out var entry) && entry.Errors.Count > 0
        ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The cell's figure, or null where it is empty; a figure that does not read adds the cell's error.</summary>
    private IndicatorFigure? Figure(string cell, FieldErrors errors)
    {
        var raw = Cells.GetValueOrDefault(cell)?.Trim();
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }
        if (!IsRatio)
        {
            return FormNumbers.Decimal(raw, cell, errors) is { } value ? new IndicatorFigure((double)value, null, null) : null;
        }
        var parts = raw.Split('/', StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && int.TryParse(parts[0], out var numerator) && int.TryParse(parts[1], out var denominator))
        {
            return new IndicatorFigure(null, numerator, denominator);
        }
        errors.Add(cell, "RatioFormat");
        return null;
    }

    private void AddErrors(DomainProblem problem)
    {
        if (problem.FieldErrors is null)
        {
            ModelState.AddModelError(string.Empty, text[$"Problem.{problem.Code}"]);
            return;
        }
        foreach (var (field, codes) in problem.FieldErrors)
        {
            var key = field is "Note" or "Cells" or "From" or "To" ? field : $"Cells[{field}]";
            ModelState.AddModelError(key, text[$"FieldError.{codes[0]}"]);
        }
    }

    private string Shown(IndicatorValue value) => IsRatio && value.Numerator is { } n && value.Denominator is { } d
        ? $"{n}/{d}" : FormNumbers.Show(value.Value) ?? "";

    private async Task<IActionResult?> LoadAsync(string site, Guid indicator, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return NotFound();
        }
        Site = found;
        var lastYear = Core.Common.BerlinTime.ToLocal(clock.GetUtcNow()).Year - 1;
        var to = To ?? lastYear;
        var from = From ?? to - DefaultYears + 1;
        var loaded = await grid.LoadAsync(found.Id, indicator, from, to, ct);
        if (loaded.Problem is { Kind: ProblemKind.NotFound })
        {
            return NotFound();
        }
        if (loaded.Problem is { } invalid)
        {
            // A range that makes no sense: the default years, with the reason on the form.
            AddErrors(invalid);
            (From, To) = (null, null);
            loaded = await grid.LoadAsync(found.Id, indicator, lastYear - DefaultYears + 1, lastYear, ct);
            if (!loaded.Succeeded)
            {
                return NotFound();
            }
        }
        Grid = loaded.Value!;
        return null;
    }
}
