using Lebenswelten.Core.Privacy;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Core.Ideas;

public sealed record PersonalIdea(Guid Id, string Title, string Text, IdeaStatus Status, DateTimeOffset ProposedAt, IdeaAnswerKind? Answer);

public sealed record PersonalIdeaSupport(Guid IdeaId, string Title, DateTimeOffset At);

/// <summary>What ideas hold about a person: the ideas they proposed and the ideas they support.</summary>
public sealed record IdeasPersonalDataSection(IReadOnlyList<PersonalIdea> Proposed, IReadOnlyList<PersonalIdeaSupport> Supported)
    : PersonalDataSection("Ideas");

/// <summary>
/// Ideas' part in a person's rights. Erasure: a published idea stays, as "anonymous" (its author link goes), because
/// others supported it and the site answered it in public — deleting it would erase their participation too, and its
/// text was moderated to name nobody (GDPR Art. 17(3) does not even need citing: what stays is no longer about the
/// person). An idea still waiting or rejected is the author's alone and is deleted. Supports stay counted, without the
/// person. Retention: rejected and merged ideas are deleted after <see cref="IdeasOptions.ClosedIdeaMonths"/>, and
/// authors and supporters are unlinked <see cref="IdeasOptions.PersonLinkMonths"/> after the last answer.
/// </summary>
public sealed class IdeasPersonalData(LebensweltenDbContext db, IOptions<IdeasOptions> options) : IPersonalDataParticipant
{
    public string Capability => "Ideas";

    public async Task<PersonalDataSection?> ExportAsync(string userId, CancellationToken ct)
    {
        var proposed = await db.Ideas.AsNoTracking().Where(i => i.AuthorUserId == userId).OrderBy(i => i.ProposedAt)
            .Select(i => new PersonalIdea(i.Id, i.Title, i.Text, i.Status, i.ProposedAt, i.Answer)).ToListAsync(ct);
        var supported = await db.IdeaSupports.AsNoTracking().Where(s => s.UserId == userId)
            .Join(db.Ideas, s => s.IdeaId, i => i.Id, (s, i) => new PersonalIdeaSupport(i.Id, i.Title, s.At)).ToListAsync(ct);
        return proposed.Count + supported.Count == 0 ? null : new IdeasPersonalDataSection(proposed, supported);
    }

    public async Task<int> EraseAsync(string userId, DateTimeOffset now, CancellationToken ct)
    {
        var deleted = await db.Ideas.Where(i => i.AuthorUserId == userId && (i.Status == IdeaStatus.Pending || i.Status == IdeaStatus.Rejected))
            .ExecuteDeleteAsync(ct);
        var anonymised = await db.Ideas.Where(i => i.AuthorUserId == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.AuthorUserId, (string?)null), ct);
        var supports = await db.IdeaSupports.Where(s => s.UserId == userId).ExecuteUpdateAsync(u => u.SetProperty(s => s.UserId, (string?)null), ct);
        return deleted + anonymised + supports;
    }

    public async Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken ct)
    {
        var closedBefore = now.AddMonths(-options.Value.ClosedIdeaMonths);
        var deleted = await db.Ideas.Where(i => (i.Status == IdeaStatus.Rejected || i.Status == IdeaStatus.Merged)
            && i.ModeratedAt != null && i.ModeratedAt < closedBefore).ExecuteDeleteAsync(ct);
        var linkedBefore = now.AddMonths(-options.Value.PersonLinkMonths);
        var old = db.Ideas.Where(i => i.AnsweredAt != null && i.AnsweredAt < linkedBefore);
        var authors = await old.Where(i => i.AuthorUserId != null).ExecuteUpdateAsync(u => u.SetProperty(i => i.AuthorUserId, (string?)null), ct);
        var supporters = await db.IdeaSupports.Where(s => s.UserId != null && old.Any(i => i.Id == s.IdeaId))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.UserId, (string?)null), ct);
        return deleted + authors + supporters;
    }
}
