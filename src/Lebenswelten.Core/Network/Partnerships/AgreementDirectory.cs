using Lebenswelten.Core.Network.Documents;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Network.Partnerships;

/// <summary>
/// An agreement as anyone may know it once it is signed: no signatories, no documents. Other capabilities (projects)
/// refer to agreements by <see cref="Id"/> and read this.
/// </summary>
public sealed record AgreementSummary(Guid Id, Guid SiteId, AgreementKind Kind, string Title, string? Summary, AgreementStatus Status,
    DateOnly? SignedOn, DateOnly? StartsOn, DateOnly? EndsOn, FieldsOfAction FieldsOfAction, LifePhases LifePhases,
    TargetGroups TargetGroups, IReadOnlyList<string> Parties, bool IsSampleData)
{
    public static AgreementSummary Of(Agreement a, DateOnly today) => new(a.Id, a.SiteId, a.Kind, a.Title, a.Summary, a.StatusOn(today),
        a.SignedOn, a.StartsOn, a.EndsOn, a.FieldsOfAction, a.LifePhases, a.TargetGroups,
        [.. a.Parties.OrderBy(p => p.Position).Select(p => p.Organisation?.Name ?? "")], a.IsSampleData);
}

/// <summary>An agreement as those who may read it see it, with what they may do with it.</summary>
public sealed record AgreementView(Agreement Agreement, Site Site, AgreementStatus Status, bool CanEdit, bool CanSign,
    IReadOnlyList<NetworkDocument> Documents);

public sealed record AgreementPage(IReadOnlyList<AgreementView> Items, int Total);

/// <summary>
/// Reads agreements: the public summaries of a site's signed partnerships (the site page), and the whole agreement for
/// those who may read it: the site's coordinators, the parties' people, and an insurer's officers at every site.
/// </summary>
public sealed class AgreementDirectory(LebensweltenDbContext db, INetworkPeople people, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    private DateOnly Today => BerlinTime.LocalDate(clock.GetUtcNow());

    /// <summary>One agreement's public facts, or null: for capabilities that link to it (a project's agreement).</summary>
    public async Task<AgreementSummary?> SummaryAsync(Guid agreementId, CancellationToken ct) =>
        await WithParties().FirstOrDefaultAsync(a => a.Id == agreementId, ct) is { } agreement ? AgreementSummary.Of(agreement, Today)
            : null;

    /// <summary>The signed partnerships of a site that are not over, for residents (the site page, the public API).</summary>
    public async Task<IReadOnlyList<AgreementSummary>> PublicAsync(Guid siteId, CancellationToken ct)
    {
        var today = Today;
        var signed = await WithParties().Where(a => a.SiteId == siteId && a.SignedOn != null).OrderByDescending(a =>
            a.SignedOn).ToListAsync(ct);
        return [.. signed.Select(a => AgreementSummary.Of(a, today)).Where(s =>
            s.Status is AgreementStatus.Signed or AgreementStatus.Active)];
    }

    public async Task<Outcome<AgreementView>> FindAsync(Guid agreementId, string? userId, CancellationToken ct)
    {
        var actor = await PartnershipActor.LoadAsync(people, userId, ct);
        if (await WithParties().FirstOrDefaultAsync(a => a.Id == agreementId, ct) is not { } agreement || !actor.CanRead(agreement))
        {
            return DomainProblem.NotFound("Agreement.NotFound");
        }
        var documents = await db.NetworkDocuments.AsNoTracking().Where(d => d.AgreementId == agreementId).OrderBy(d =>
            d.Title).ToListAsync(ct);
        return View(agreement, await db.Sites.AsNoTracking().SingleAsync(s => s.Id == agreement.SiteId, ct), actor, documents);
    }

    /// <summary>A site's agreements the person may read (<paramref name="siteId"/>), or those of every site (null).</summary>
    public async Task<AgreementPage> ListAsync(Guid? siteId, string? userId, int page, int pageSize, CancellationToken ct)
    {
        var actor = await PartnershipActor.LoadAsync(people, userId, ct);
        var visible = db.Agreements.AsNoTracking().VisibleTo(actor).Where(a => siteId == null || a.SiteId == siteId);
        var total = await visible.CountAsync(ct);
        var rows = await visible.Include(a => a.Parties).ThenInclude(p => p.Organisation).AsSplitQuery()
            .OrderBy(a => a.SignedOn == null ? 0 : 1).ThenByDescending(a => a.SignedOn).ThenBy(a => a.Title)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var siteIds = rows.Select(a => a.SiteId).Distinct().ToList();
        var sites = await db.Sites.AsNoTracking().Where(s => siteIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        return new AgreementPage([.. rows.Select(a => View(a, sites[a.SiteId], actor, []))], total);
    }

    internal IQueryable<Agreement> WithParties() =>
        db.Agreements.AsNoTracking().Include(a => a.Parties.OrderBy(p => p.Position)).ThenInclude(p => p.Organisation).AsSplitQuery();

    private AgreementView View(Agreement agreement, Site site, PartnershipActor actor, IReadOnlyList<NetworkDocument> documents)
    {
        var status = agreement.StatusOn(Today);
        return new AgreementView(agreement, site, status, actor.CanEdit(agreement) && status != AgreementStatus.Ended,
            actor.CanSign(agreement) && status == AgreementStatus.Draft, documents);
    }
}
