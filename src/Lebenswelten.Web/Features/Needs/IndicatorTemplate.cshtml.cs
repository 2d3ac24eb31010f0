using System.Text;
using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Needs;

/// <summary>
/// A CSV template for one indicator: its columns and the site's districts for last year, in UTF-8 with a byte order mark,
/// so that Excel shows "Göschwitz" rightly when it opens the file and the import reads it back as it was saved.
/// </summary>
[Authorize(Policy = Policies.SiteCoordinator)]
public sealed class IndicatorTemplateModel(SiteDirectory sites, NeedsDirectory needs, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string site, Guid indicator, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found
            || (await needs.IndicatorsAsync(found.Id, staff: true, ct)).FirstOrDefault(i => i.Id == indicator) is not { } chosen)
        {
            return NotFound();
        }
        var districts = await sites.DistrictsAsync(found.Id, ct);
        var year = Core.Common.BerlinTime.ToLocal(clock.GetUtcNow()).Year - 1;
        var csv = IndicatorCsv.Template(chosen.Kind, districts.Select(d => d.Name).Order(StringComparer.CurrentCulture), year);
        return File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)], "text/csv; charset=utf-8",
            $"vorlage-{chosen.Key}-{year}.csv");
    }
}
