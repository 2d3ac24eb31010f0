using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Needs;

/// <summary>A coordinator changes an indicator's definition, or deletes one that has neither values nor goals.</summary>
[Authorize(Policy = Policies.SiteCoordinator)]
public sealed class IndicatorEditModel(
    SiteDirectory sites, NeedsDirectory needs, IndicatorDefinitions definitions, IStringLocalizer<NeedsResource> text)
    : IndicatorFormPage(sites, text)
{
    public Indicator Indicator { get; private set; } = null!;
    public int ValueCount { get; private set; }
    public override bool IsNew => false;

    public async Task<IActionResult> OnGetAsync(string site, Guid indicator, CancellationToken ct)
    {
        if (!await LoadAsync(site, indicator, ct))
        {
            return NotFound();
        }
        Input = IndicatorForm.From(Indicator);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string site, Guid indicator, CancellationToken ct) =>
        await LoadAsync(site, indicator, ct)
            ? Done(await definitions.UpdateAsync(Site.Id, indicator, Input.ToDraft(), ct), "Needs.IndicatorSaved")
            : NotFound();

    public async Task<IActionResult> OnPostDeleteAsync(string site, Guid indicator, CancellationToken ct)
    {
        if (!await LoadAsync(site, indicator, ct))
        {
            return NotFound();
        }
        Input = IndicatorForm.From(Indicator);
        return Done(await definitions.DeleteAsync(Site.Id, indicator, ct), "Needs.IndicatorDeleted");
    }

    private async Task<bool> LoadAsync(string site, Guid indicator, CancellationToken ct)
    {
        if (!await FindSiteAsync(site, ct)
            || (await needs.IndicatorsAsync(Site.Id, staff: true, ct)).FirstOrDefault(i => i.Id == indicator) is not { } found)
        {
            return false;
        }
        (Indicator, ValueCount) = (found, await definitions.ValueCountAsync(found.Id, ct));
        return true;
    }
}
