using Lebenswelten.Core.Network;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Network.Staff;

/// <summary>The site's organisations for its staff; its coordinators add new ones (issue 17: not only the administrator).</summary>
public sealed class OrganisationsModel(BackOfficeServices services, IStringLocalizer<NetworkResource> text, OrganisationProfiles profiles,
    NetworkAccess access) : NetworkStaffPage(services, text)
{
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];
    public bool CanCreate { get; private set; }

    [BindProperty]
    public NewOrganisationInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct) =>
        await LoadSiteAsync(site, ct) ? await ShowAsync(ct) : NotFound();

    public Task<IActionResult> OnPostAsync(string site, CancellationToken ct) =>
        CreateOnPageAsync(site, ct, () => profiles.CreateAsync(Site.Id, new OrganisationDraft(Input.Name, Input.Kind), Actor, ct),
            () => ShowAsync(ct), "Organisations.Created", organisation => ("Organisation", new { site, organisation = organisation.Id }));

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Organisations = (await profiles.ListAsync(Site.Id, UserId, ct)).Value ?? [];
        CanCreate = (await access.ActorAsync(UserId, Site.Id, ct)).IsCoordinator;
        return Page();
    }
}

public sealed class NewOrganisationInput
{
    public string? Name { get; set; }
    public OrganisationKind? Kind { get; set; }
}
