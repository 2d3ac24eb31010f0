using Lebenswelten.Core.Evaluation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Evaluation;

/// <summary>
/// The comparison of the sites where the caller is an evaluator or insurer officer (the programme evaluation, seed 004):
/// site-level figures only, held back and rounded like every other.
/// </summary>
[Authorize]
public sealed class ComparisonModel(ReachReport reach, TimeProvider clock, IStringLocalizer<EvaluationResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ReachFilter Filter { get; set; } = new();

    public ReachQuery Query { get; private set; } = null!;
    public ReachTable Overview { get; private set; } = null!;
    public List<ReachSection> Sections { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = BerlinTime.LocalDate(clock.GetUtcNow());
        // All tables from one read of the cells; the first (by site) is also the overview.
        var tables = await Filter.ReadAsync(today,
            query => reach.AcrossSitesAsync(query, ReachTables.AcrossSites.Select(k => k.GroupBy).ToList(), User.UserId(), ct),
            (problem, prefix) => problem?.AddTo(ModelState, text, prefix));
        if (tables.Problem is not null)
        {
            return Forbid();
        }
        (Query, Overview) = (tables.Value![0].Query, tables.Value[0]);
        foreach (var (kind, table) in ReachTables.AcrossSites.Zip(tables.Value))
        {
            Sections.Add(new ReachSection(kind, table, v => GroupLabels.Of(v, text), "/Evaluation/ComparisonExport", Filter.Values(Query)));
        }
        return Page();
    }
}
