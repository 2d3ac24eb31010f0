using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Data;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Network.Partnerships;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Network.Staff;

/// <summary>
/// The site's agreements the person may read (an insurer's officers also see their insurer's agreements at other
/// sites, listed with the site), and the form for a new draft (coordinators, insurer officers).
/// </summary>
public sealed class AgreementsModel(BackOfficeServices services, IStringLocalizer<NetworkResource> text, AgreementDirectory agreements,
    AgreementEditor editor, LebensweltenDbContext db) : NetworkStaffPage(services, text)
{
    public IReadOnlyList<AgreementView> Agreements { get; private set; } = [];
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];
    public bool CanDraft { get; private set; }

    [BindProperty]
    public AgreementInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct) =>
        await LoadSiteAsync(site, ct) ? await ShowAsync(ct) : NotFound();

    public Task<IActionResult> OnPostAsync(string site, CancellationToken ct) =>
        CreateOnPageAsync(site, ct, () => editor.CreateAsync(Site.Id, Input.Draft(), Actor, ct), () => ShowAsync(ct), "Agreement.Created",
            agreement => ("Agreement", new { site, agreement = agreement.Id }));

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var mine = await agreements.ListAsync(null, UserId, 1, AgreementDirectory.MaxPageSize, ct);
        Agreements = [.. mine.Items.OrderBy(a => a.Site.Id == Site.Id ? 0 : 1).ThenBy(a => a.Site.Name)];
        var roles = User.RolesAt(Site.Slug);
        CanDraft = User.IsAdministrator() || roles.Contains(SiteRole.Coordinator) || roles.Contains(SiteRole.InsurerOfficer);
        Organisations = await db.Organisations.AsNoTracking().Where(o => o.SiteId == Site.Id).OrderBy(o => o.Name).ToListAsync(ct);
        return Page();
    }
}
