using Lebenswelten.Core.Ideas;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Ideas;

/// <summary>
/// The site's ideas for its staff: the moderation queue for coordinators (an audited read of personal data), the
/// published ideas to answer for coordinators and providers. No author is shown: moderation does not need one.
/// </summary>
[Authorize(Policy = Policies.OfferingManager)]
public sealed class ModerationModel(BackOfficeServices services, IStringLocalizer<IdeasResource> text, IdeaModeration moderation,
    IdeaAccess access, IdeaDirectory ideas) : BackOfficePage(services, text)
{
    public const int PageSize = 100;

    public bool Moderates { get; private set; }
    public IReadOnlyList<Idea> Pending { get; private set; } = [];
    public IReadOnlyList<IdeaListing> Published { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        Moderates = (await access.RolesAsync(UserId, Site.Id, ct)).Moderates;
        if (Moderates)
        {
            Pending = (await moderation.QueueAsync(Site.Id, HttpContext.AuditActor(), ct)).Value ?? [];
        }
        Published = (await ideas.PublishedAsync(Site.Id, 1, PageSize, ct)).Items;
        return Page();
    }
}
