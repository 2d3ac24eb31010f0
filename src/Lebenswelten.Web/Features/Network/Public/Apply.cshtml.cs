using Lebenswelten.Core.Network;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Network.Public;

/// <summary>The open call's form: an organisation asks to join; its contact person agrees to be contacted (GDPR Art. 6(1)(a)).</summary>
[AllowAnonymous]
public sealed class ApplyModel(SiteDirectory sites, OpenCall openCall, IStringLocalizer<NetworkResource> text) : PageModel
{
    public Site Site { get; private set; } = null!;
    public HealthNetwork Network { get; private set; } = null!;

    [BindProperty]
    public ApplicationInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string site, Guid network, CancellationToken ct) =>
        await LoadAsync(site, network, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string site, Guid network, CancellationToken ct)
    {
        if (!await LoadAsync(site, network, ct))
        {
            return NotFound();
        }
        ModelState.Localise(text);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var applied = await openCall.ApplyAsync(network, Input.Draft(), User.UserId(), Localization.CurrentLanguage, ct);
        if (applied.Problem is { } problem)
        {
            problem.AddTo(ModelState, text);
            return Page();
        }
        TempData[Shared.BackOffice.BackOfficePage.SavedMessage] = text["Public.Applied", Network.Name].Value;
        return RedirectToPage("Index", new { site });
    }

    private async Task<bool> LoadAsync(string site, Guid network, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found
            || (await openCall.OpenNetworksAsync(found.Id, ct)).FirstOrDefault(n => n.Id == network) is not { } open)
        {
            return false;
        }
        (Site, Network) = (found, open);
        return true;
    }
}

public sealed class ApplicationInput
{
    public string? OrganisationName { get; set; }
    public OrganisationKind? Kind { get; set; }
    public string? Website { get; set; }
    public string? ContactName { get; set; }
    public string? ContactFunction { get; set; }
    public string? ContactEmail { get; set; }
    public string? Message { get; set; }
    public bool Consent { get; set; }

    public MembershipApplicationDraft Draft() => new(OrganisationName, Kind, Website, ContactName, ContactFunction, ContactEmail, Message, Consent);
}
