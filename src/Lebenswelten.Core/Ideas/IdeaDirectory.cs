using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Core.Ideas;

/// <summary>A published idea as everybody may see it: the text, its district, how many support it; never who.</summary>
public sealed record IdeaListing(Idea Idea, string? District, int Supports);

/// <summary>The offering an answer links to, as the public catalogue shows it.</summary>
public sealed record LinkedOffering(Guid Id, string Title);

/// <summary>One published idea with its answer history and the offering its plan led to.</summary>
public sealed record IdeaView(IdeaListing Listing, IReadOnlyList<IdeaAnswerChange> History, LinkedOffering? Offering);

/// <summary>A person's own ideas (every state, with the reason or the answer) and the ideas they support.</summary>
public sealed record MyIdeas(IReadOnlyList<IdeaListing> Proposed, IReadOnlyList<IdeaListing> Supported);

/// <summary>The public reads of ideas: the site's list, one idea, what came of them ("you said, we did"), one's own.</summary>
public sealed class IdeaDirectory(LebensweltenDbContext db, OfferingCatalogue catalogue)
{
    public async Task<(IReadOnlyList<IdeaListing> Items, int Total)> PublishedAsync(Guid siteId, int page, int pageSize, CancellationToken ct)
    {
        var query = db.Ideas.Where(i => i.SiteId == siteId && i.Status == IdeaStatus.Published);
        var total = await query.CountAsync(ct);
        var items = await Listings(query.OrderByDescending(i => i.ProposedAt).ThenBy(i => i.Id).Skip((page - 1) * pageSize).Take(pageSize), ct);
        return (items, total);
    }

    /// <summary>A published idea of the site; a merged one leads to the idea it was merged into; anything else does not exist.</summary>
    public async Task<IdeaView?> PublicAsync(Guid siteId, Guid ideaId, CancellationToken ct)
    {
        var idea = await db.Ideas.AsNoTracking().SingleOrDefaultAsync(i => i.Id == ideaId && i.SiteId == siteId, ct);
        if (idea is { Status: IdeaStatus.Merged, MergedIntoId: { } target })
        {
            return await PublicAsync(siteId, target, ct);
        }
        if (idea is not { IsPublished: true })
        {
            return null;
        }
        var listing = (await Listings(db.Ideas.Where(i => i.Id == idea.Id), ct)).Single();
        var history = await db.IdeaAnswerChanges.AsNoTracking().Where(a => a.IdeaId == idea.Id).OrderByDescending(a => a.At).ToListAsync(ct);
        return new IdeaView(listing, history, await OfferingAsync(idea.OfferingId, ct));
    }

    /// <summary>"You said, we did": the site's answered ideas, newest answer first, with the offering a plan led to.</summary>
    public async Task<IReadOnlyList<IdeaView>> OutcomesAsync(Guid siteId, CancellationToken ct)
    {
        var answered = await Listings(db.Ideas.Where(i => i.SiteId == siteId && i.Status == IdeaStatus.Published && i.Answer != null)
            .OrderByDescending(i => i.AnsweredAt).ThenBy(i => i.Id), ct);
        var views = new List<IdeaView>();
        foreach (var listing in answered)
        {
            views.Add(new IdeaView(listing, [], await OfferingAsync(listing.Idea.OfferingId, ct)));
        }
        return views;
    }

    public async Task<MyIdeas> MineAsync(string userId, CancellationToken ct)
    {
        var proposed = await Listings(db.Ideas.Where(i => i.AuthorUserId == userId).OrderByDescending(i => i.ProposedAt), ct);
        var supported = await Listings(db.Ideas.Where(i => db.IdeaSupports.Any(s => s.IdeaId == i.Id && s.UserId == userId))
            .OrderByDescending(i => i.ProposedAt), ct);
        return new MyIdeas(proposed, supported);
    }

    public Task<Guid?> SiteOfAsync(Guid ideaId, CancellationToken ct) =>
        db.Ideas.Where(i => i.Id == ideaId).Select(i => (Guid?)i.SiteId).SingleOrDefaultAsync(ct);

    /// <summary>One idea in any state, for the staff who handle it (the caller has checked who may).</summary>
    public async Task<IdeaListing> ListingAsync(Guid ideaId, CancellationToken ct) => (await Listings(db.Ideas.Where(i => i.Id == ideaId), ct)).Single();

    public Task<bool> SupportsAsync(Guid ideaId, string? userId, CancellationToken ct) =>
        userId is null ? Task.FromResult(false) : db.IdeaSupports.AnyAsync(s => s.IdeaId == ideaId && s.UserId == userId, ct);

    /// <summary>Published ideas of the site a pending one could be merged into.</summary>
    public async Task<IReadOnlyList<Idea>> MergeTargetsAsync(Guid siteId, CancellationToken ct) =>
        await db.Ideas.AsNoTracking().Where(i => i.SiteId == siteId && i.Status == IdeaStatus.Published).OrderBy(i => i.Title).ToListAsync(ct);

    /// <summary>The site's public offerings an answer "planned" can link to, through the catalogue's public read.</summary>
    public async Task<IReadOnlyList<LinkedOffering>> OfferingChoicesAsync(Guid siteId, CancellationToken ct) =>
        [.. (await catalogue.AllAsync(new CatalogueQuery { SiteId = siteId }, 200, ct)).OrderBy(o => o.Title).Select(o => new LinkedOffering(o.Id, o.Title))];

    private async Task<IReadOnlyList<IdeaListing>> Listings(IQueryable<Idea> query, CancellationToken ct) =>
        (await query.AsNoTracking().Select(i => new
            {
                Idea = i,
                District = db.Districts.Where(d => d.Id == i.DistrictId).Select(d => d.Name).FirstOrDefault(),
                Supports = db.IdeaSupports.Count(s => s.IdeaId == i.Id),
            }).ToListAsync(ct))
        .Select(r => new IdeaListing(r.Idea, r.District, r.Supports)).ToList();

    private async Task<LinkedOffering?> OfferingAsync(Guid? offeringId, CancellationToken ct) =>
        offeringId is { } id && await catalogue.FindPublicAsync(id, ct) is { } offering ? new LinkedOffering(offering.Id, offering.Title) : null;
}
