using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Ideas;

/// <summary>
/// The site's coordinators and providers answer a published idea: planned (linked to its offering once it exists),
/// under consideration, or not possible with a reason. A new answer replaces the shown one; every answer stays in the
/// history. The offering is looked up through the catalogue's public read, so only a published offering of the same
/// site can be linked.
/// </summary>
public sealed class IdeaAnswers(LebensweltenDbContext db, IdeaAccess access, OfferingCatalogue catalogue, AuditLog audit, IdeaMails mails,
    TimeProvider clock)
{
    public async Task<Outcome<Idea>> AnswerAsync(Guid ideaId, IdeaAnswerDraft draft, AuditActor actor, CancellationToken ct)
    {
        var found = await access.IdeaToHandleAsync(ideaId, actor.UserId, r => r.Answers, ct);
        if (found.Value is not { } idea)
        {
            return found.Problem!;
        }
        if (!idea.IsPublished)
        {
            return IdeaProblems.NotPublished;
        }
        if (draft.Check() is { } invalid)
        {
            return invalid;
        }
        if (draft.OfferingId is { } offeringId && (await catalogue.FindPublicAsync(offeringId, ct) is not { } offering || offering.SiteId != idea.SiteId))
        {
            return DomainProblem.Field(nameof(IdeaAnswerDraft.OfferingId), "Unknown");
        }
        var now = clock.GetUtcNow();
        var text = string.IsNullOrWhiteSpace(draft.Text) ? null : draft.Text.Trim();
        db.IdeaAnswerChanges.Add(idea.Respond(draft.Kind!.Value, text, draft.OfferingId, actor.UserId, now));
        audit.Record(actor, AuditAction.Change, IdeaAudit.Idea, $"{idea.Id}:Answer", idea.SiteId, idea.AuthorUserId);
        await mails.AnsweredAsync(idea, now, ct);
        await db.SaveChangesAsync(ct);
        return idea;
    }
}
