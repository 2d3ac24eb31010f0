using Lebenswelten.Core.Privacy;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Core.Ideas;

public sealed class IdeasOptions
{
    public const string Section = "Ideas";

    /// <summary>Ideas one person may have waiting for moderation at a site: enough for real ideas, too few to flood the queue.</summary>
    public int MaxPendingPerPerson { get; set; } = 5;

    /// <summary>Rejected and merged ideas are deleted this long after the decision (GDPR Art. 5(1)(e)).</summary>
    public int ClosedIdeaMonths { get; set; } = 6;

    /// <summary>Authors and supporters are unlinked from ideas this long after the last answer (the figures stay).</summary>
    public int PersonLinkMonths { get; set; } = 24;
}

/// <summary>
/// A resident proposes an idea. It needs an account, whose e-mail address is confirmed before it can log in: as on
/// Decidim and CONSUL, a proposal comes from a reachable person (the result is mailed to them) and supports count
/// once per person. The account is all we keep; the idea shows without a name.
/// </summary>
public sealed class IdeaProposals(LebensweltenDbContext db, AuditLog audit, TimeProvider clock, IOptions<IdeasOptions> options)
{
    public async Task<Outcome<Idea>> ProposeAsync(Guid siteId, IdeaDraft draft, AuditActor actor, string language, CancellationToken ct)
    {
        // Ideas are for one's own site: a role there (residents get theirs at sign-up), as nothing of one site reaches another.
        if (actor.UserId is null || !await db.SiteRoleAssignments.AnyAsync(a => a.UserId == actor.UserId && a.SiteId == siteId, ct))
        {
            return IdeaProblems.Forbidden;
        }
        if (draft.Check() is { } invalid)
        {
            return invalid;
        }
        Guid? districtId = null;
        if (!string.IsNullOrWhiteSpace(draft.DistrictKey))
        {
            districtId = await db.Districts.Where(d => d.SiteId == siteId && d.Key == draft.DistrictKey).Select(d => (Guid?)d.Id).SingleOrDefaultAsync(ct);
            if (districtId is null)
            {
                return DomainProblem.Field(nameof(IdeaDraft.DistrictKey), "Unknown");
            }
        }
        var pending = await db.Ideas.CountAsync(i => i.SiteId == siteId && i.AuthorUserId == actor.UserId && i.Status == IdeaStatus.Pending, ct);
        if (pending >= options.Value.MaxPendingPerPerson)
        {
            return IdeaProblems.TooManyPending;
        }
        var idea = new Idea
        {
            SiteId = siteId, DistrictId = districtId, TargetGroups = draft.TargetGroups, Title = draft.Title!.Trim(), Text = draft.Text!.Trim(),
            AuthorUserId = actor.UserId, Language = ResidentLanguage.Of(language), ProposedAt = clock.GetUtcNow(),
        };
        db.Ideas.Add(idea);
        audit.Record(actor, AuditAction.Create, IdeaAudit.Idea, idea.Id.ToString(), siteId, actor.UserId);
        await db.SaveChangesAsync(ct);
        return idea;
    }
}

/// <summary>The audit's names for this capability's data.</summary>
public static class IdeaAudit
{
    public const string Idea = "Idea";
    public const string ModerationQueue = "IdeaModerationQueue";
}
