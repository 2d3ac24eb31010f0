using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Needs;

/// <summary>The coordinator's list of the site's indicators, with the form for a new one.</summary>
[Authorize(Policy = Policies.SiteCoordinator)]
public sealed class IndicatorsModel(
    SiteDirectory sites, NeedsDirectory needs, IndicatorDefinitions definitions, IStringLocalizer<NeedsResource> text)
    : IndicatorFormPage(sites, text)
{
    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];
    public IReadOnlyDictionary<Guid, int> ValueCounts { get; private set; } = new Dictionary<Guid, int>();
    public override bool IsNew => true;

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct) => await LoadAsync(site, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string site, CancellationToken ct) =>
        await LoadAsync(site, ct) ? Done(await definitions.CreateAsync(Site.Id, Input.ToDraft(), ct), "Needs.IndicatorSaved") : NotFound();

    private async Task<bool> LoadAsync(string site, CancellationToken ct)
    {
        if (!await FindSiteAsync(site, ct))
        {
            return false;
        }
        Indicators = await needs.IndicatorsAsync(Site.Id, staff: true, ct);
        ValueCounts = await needs.ValueCountsAsync(Site.Id, ct);
        return true;
    }
}
