using Lebenswelten.Core.Network;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Network.Staff;

/// <summary>
/// One organisation's profile for the site's staff; its editors (the coordinators, its own people) change it and keep its
/// contact persons. The contacts are shown only to members of a network it belongs to, and each showing is audited.
/// </summary>
public sealed class OrganisationModel(BackOfficeServices services, IStringLocalizer<NetworkResource> text, OrganisationProfiles profiles,
    ContactPersons contacts, SiteDirectory sites) : NetworkStaffPage(services, text)
{
    public OrganisationProfile Profile { get; private set; } = null!;
    public IReadOnlyList<ContactPerson> Contacts { get; private set; } = [];
    public IReadOnlyList<District> Districts { get; private set; } = [];

    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    [BindProperty]
    public ContactPersonInput Contact { get; set; } = new();

    public Task<IActionResult> OnGetAsync(string site, Guid organisation, CancellationToken ct) => ShowAsync(site, organisation, fill: true, ct);

    public Task<IActionResult> OnPostAsync(string site, Guid organisation, CancellationToken ct) =>
        ActAsync(site, organisation, "Input", ct, async () => (await profiles.UpdateAsync(organisation, Input.Draft(), Actor, ct)).Problem,
            "Organisation.Saved");

    public Task<IActionResult> OnPostContactAsync(string site, Guid organisation, CancellationToken ct) =>
        ActAsync(site, organisation, "Contact", ct, async () => (await contacts.AddAsync(organisation, Contact.Draft(), Actor, ct)).Problem,
            "Contact.Added");

    public Task<IActionResult> OnPostRemoveContactAsync(string site, Guid organisation, Guid contact, CancellationToken ct) =>
        ActAsync(site, organisation, "Contact", ct, async () => (await contacts.RemoveAsync(contact, Actor, ct)).Problem, "Contact.Removed");

    private Task<IActionResult> ActAsync(string site, Guid organisation, string prefix, CancellationToken ct,
        Func<Task<DomainProblem?>> act, string done) =>
        ActOnRecordAsync(async () => await LoadSiteAsync(site, ct) && (await profiles.FindAsync(organisation, UserId, ct)).Value is { } profile
            && profile.Organisation.SiteId == Site.Id,
            prefix, act, () => ShowAsync(site, organisation, fill: prefix != "Input", ct, Input), done, new { site, organisation });

    private async Task<IActionResult> ShowAsync(string site, Guid organisation, bool fill, CancellationToken ct,
        OrganisationInput? posted = null)
    {
        if (!await LoadSiteAsync(site, ct) || (await profiles.FindAsync(organisation, UserId, ct)).Value is not { } profile
            || profile.Organisation.SiteId != Site.Id)
        {
            return NotFound();
        }
        Profile = profile;
        Input = fill || posted is null ? OrganisationInput.From(profile.Organisation) : posted;
        Districts = await sites.DistrictsAsync(Site.Id, ct);
        if (profile.CanSeeContacts)
        {
            Contacts = (await contacts.ListAsync(organisation, Actor, ct)).Value ?? [];
        }
        return Page();
    }
}
