using Lebenswelten.Core.Network;
using Lebenswelten.Core.Network.Partnerships;
using Lebenswelten.Core.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Network.Public;

/// <summary>For everyone: the site's signed partnerships (their public summary) and the networks that call for partners.</summary>
[AllowAnonymous]
public sealed class IndexModel(SiteDirectory sites, AgreementDirectory agreements, OpenCall openCall) : PageModel
{
    public Site Site { get; private set; } = null!;
    public IReadOnlyList<AgreementSummary> Partnerships { get; private set; } = [];
    public IReadOnlyList<HealthNetwork> OpenNetworks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return NotFound();
        }
        Site = found;
        Partnerships = await agreements.PublicAsync(found.Id, ct);
        OpenNetworks = await openCall.OpenNetworksAsync(found.Id, ct);
        return Page();
    }
}
