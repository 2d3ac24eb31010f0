using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Ideas;

/// <summary>
/// Residents support a published idea, once per person. The unique index on (idea, person) is the rule's guard:
/// supports sent at the same moment by one person leave exactly one row, the others answer 409 (issue 24).
/// </summary>
public sealed class IdeaSupports(LebensweltenDbContext db, TimeProvider clock)
{
    public async Task<Outcome<int>> SupportAsync(Guid ideaId, AuditActor actor, CancellationToken ct)
    {
        if (actor.UserId is null)
        {
            return IdeaProblems.Forbidden;
        }
        var idea = await db.Ideas.AsNoTracking().Where(i => i.Id == ideaId).Select(i => new { i.Status }).SingleOrDefaultAsync(ct);
        if (idea is null || idea.Status is IdeaStatus.Pending or IdeaStatus.Rejected)
        {
            return IdeaProblems.NotFound;
        }
        if (idea.Status != IdeaStatus.Published)
        {
            return IdeaProblems.NotPublished;
        }
        if (await db.IdeaSupports.AnyAsync(s => s.IdeaId == ideaId && s.UserId == actor.UserId, ct))
        {
            return IdeaProblems.AlreadySupported;
        }
        var support = new IdeaSupport { IdeaId = ideaId, UserId = actor.UserId, At = clock.GetUtcNow() };
        db.IdeaSupports.Add(support);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request of the same person won the race: the index refused this one.
            db.Entry(support).State = EntityState.Detached;
            return IdeaProblems.AlreadySupported;
        }
        return await db.IdeaSupports.CountAsync(s => s.IdeaId == ideaId, ct);
    }

    /// <summary>Takes one's support back: a support is the person's to give and to withdraw.</summary>
    public async Task<Outcome<int>> WithdrawAsync(Guid ideaId, AuditActor actor, CancellationToken ct)
    {
        if (actor.UserId is null)
        {
            return IdeaProblems.Forbidden;
        }
        if (!await db.Ideas.AnyAsync(i => i.Id == ideaId && i.Status == IdeaStatus.Published, ct))
        {
            return IdeaProblems.NotFound;
        }
        var removed = await db.IdeaSupports.Where(s => s.IdeaId == ideaId && s.UserId == actor.UserId).ExecuteDeleteAsync(ct);
        return removed == 0 ? IdeaProblems.NotSupported : await db.IdeaSupports.CountAsync(s => s.IdeaId == ideaId, ct);
    }
}
