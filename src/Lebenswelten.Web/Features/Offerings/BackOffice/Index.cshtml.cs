using Lebenswelten.Core.Offerings;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Offerings.BackOffice;

/// <summary>The offerings a provider or coordinator manages at the site, drafts included.</summary>
public sealed class ManagedOfferingsModel(OfferingAdminServices services, IStringLocalizer<OfferingsResource> text)
    : OfferingAdminPage(services, text)
{
    public IReadOnlyList<Offering> Offerings { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }
    /// <summary>Coordinators see the site's offerings, not "mine" (issue 25).</summary>
    public bool WholeSite { get; private set; }

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        Now = Clock.GetUtcNow();
        WholeSite = await Access.ManagesWholeSiteAsync(UserId, Site.Id, ct);
        var managed = await Access.ManagedQueryAsync(UserId, Site.Id, ct);
        var offerings = await managed.Include(o => o.Organisation).Include(o => o.Sessions).AsSplitQuery().AsNoTracking().ToListAsync(ct);
        // Coming and running offerings first, soonest first; past and cancelled ones at the end.
        Offerings = offerings.OrderBy(IsOver).ThenBy(o => Next(o)?.StartsAt ?? DateTimeOffset.MaxValue)
            .ThenBy(o => o.Title, StringComparer.CurrentCulture).ToList();
        return Page();
    }

    public OfferingSession? Next(Offering offering) => OfferingDisplay.NextSession(offering, Now);

    public bool IsOver(Offering offering) =>
        offering.Status is OfferingStatus.Cancelled or OfferingStatus.Finished || offering.LastSessionEnd <= Now;
}
