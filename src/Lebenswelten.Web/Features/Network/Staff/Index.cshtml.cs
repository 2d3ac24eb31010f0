using Lebenswelten.Core.Network;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Network.Staff;

/// <summary>The site's networks; coordinators start a new one here.</summary>
public sealed class IndexModel(BackOfficeServices services, IStringLocalizer<NetworkResource> text, Networks networks)
    : NetworkStaffPage(services, text)
{
    public IReadOnlyList<NetworkSummary> Networks { get; private set; } = [];
    public bool IsCoordinator { get; private set; }

    [BindProperty]
    public NetworkInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct) =>
        await LoadSiteAsync(site, ct) ? await ShowAsync(ct) : NotFound();

    public Task<IActionResult> OnPostAsync(string site, CancellationToken ct) =>
        CreateOnPageAsync(site, ct, () => networks.CreateAsync(Site.Id, Input.Draft(), Actor, ct), () => ShowAsync(ct), "Network.Created",
            network => ("Network", new { site, network = network.Id }));

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var listed = await networks.ListAsync(Site.Id, UserId, ct);
        Networks = listed.Value ?? [];
        IsCoordinator = User.IsAdministrator() || User.RolesAt(Site.Slug).Contains(Core.Identity.SiteRole.Coordinator);
        return Page();
    }
}

public sealed class NetworkInput
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public bool OpenCall { get; set; }
    public string? OpenCallText { get; set; }

    public NetworkDraft Draft() => new(Name, Description, OpenCall, OpenCallText);
}
