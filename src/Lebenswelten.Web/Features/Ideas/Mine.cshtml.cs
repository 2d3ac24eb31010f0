using Lebenswelten.Core.Ideas;
using Lebenswelten.Core.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Ideas;

/// <summary>The caller's own ideas (waiting, published, rejected with the reason, answered) and the ideas they support.</summary>
[Authorize]
public sealed class MineModel(SiteDirectory sites, IdeaDirectory ideas) : PageModel
{
    private IReadOnlyList<Site> _sites = [];

    public MyIdeas Ideas { get; private set; } = new([], []);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Ideas = await ideas.MineAsync(User.UserId()!, ct);
        _sites = await sites.ListAsync(ct);
    }

    public string SlugOf(IdeaListing listing) => _sites.Single(s => s.Id == listing.Idea.SiteId).Slug;
}
