using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Ideas;

/// <summary>
/// The site's coordinators moderate before an idea shows: publish it, reject it with a reason, or merge it into a
/// published idea that says the same. Every step is audited, and the proposer hears of it by mail.
/// </summary>
public sealed class IdeaModeration(LebensweltenDbContext db, IdeaAccess access, AuditLog audit, IdeaMails mails, TimeProvider clock)
{
    /// <summary>
    /// The ideas waiting at a site, oldest first. A read of personal data (an unmoderated text may name people), so it is
    /// audited with its authors as subjects; the authors themselves are not shown.
    /// </summary>
    public async Task<Outcome<IReadOnlyList<Idea>>> QueueAsync(Guid siteId, AuditActor actor, CancellationToken ct)
    {
        if (!(await access.RolesAsync(actor.UserId, siteId, ct)).Moderates)
        {
            return IdeaProblems.Forbidden;
        }
        var queue = await db.Ideas.AsNoTracking().Where(i => i.SiteId == siteId && i.Status == IdeaStatus.Pending)
            .OrderBy(i => i.ProposedAt).ToListAsync(ct);
        await audit.RecordReadAsync(actor, IdeaAudit.ModerationQueue, null, siteId, ct, queue.Select(i => i.AuthorUserId));
        return queue;
    }

    /// <summary>
    /// One idea for the staff page: a published one for whoever answers at the site, any other only for its moderators.
    /// A waiting idea's read is audited as the queue's is.
    /// </summary>
    public async Task<Outcome<Idea>> OpenAsync(Guid ideaId, AuditActor actor, CancellationToken ct)
    {
        var found = await access.IdeaToHandleAsync(ideaId, actor.UserId, r => r.Answers, ct);
        if (found.Value is not { } idea)
        {
            return found.Problem!;
        }
        if (!idea.IsPublished && !(await access.RolesAsync(actor.UserId, idea.SiteId, ct)).Moderates)
        {
            return IdeaProblems.NotFound;
        }
        if (idea.IsPending)
        {
            await audit.RecordReadAsync(actor, IdeaAudit.Idea, idea.Id.ToString(), idea.SiteId, ct, [idea.AuthorUserId]);
        }
        return idea;
    }

    public async Task<Outcome<Idea>> ModerateAsync(Guid ideaId, ModerationStep step, string? reason, Guid? mergeIntoId, AuditActor actor,
        CancellationToken ct)
    {
        var found = await access.IdeaToHandleAsync(ideaId, actor.UserId, r => r.Moderates, ct);
        if (found.Value is not { } idea)
        {
            return found.Problem!;
        }
        if (!idea.IsPending)
        {
            return IdeaProblems.AlreadyModerated;
        }
        var now = clock.GetUtcNow();
        Idea? target = null;
        switch (step)
        {
            case ModerationStep.Publish:
                idea.Publish(now);
                break;
            case ModerationStep.Reject when string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > Idea.MaxReasonLength:
                return DomainProblem.Field("Reason", string.IsNullOrWhiteSpace(reason) ? "IdeaReasonRequired" : "TooLong");
            case ModerationStep.Reject:
                idea.Reject(reason.Trim(), now);
                break;
            case ModerationStep.Merge:
                target = mergeIntoId is { } id ? await db.Ideas.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct) : null;
                if (target is null || target.Id == idea.Id || !target.IsPublished || target.SiteId != idea.SiteId)
                {
                    return DomainProblem.Field("MergeIntoId", "Unknown");
                }
                idea.MergeInto(target, now);
                break;
            default:
                return DomainProblem.Field("Step", "Unknown");
        }
        audit.Record(actor, AuditAction.Change, IdeaAudit.Idea, $"{idea.Id}:{step}", idea.SiteId, idea.AuthorUserId);
        await mails.ModeratedAsync(idea, target, now, ct);
        await db.SaveChangesAsync(ct);
        return idea;
    }
}
