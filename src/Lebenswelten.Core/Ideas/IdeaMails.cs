using Lebenswelten.Core.Messaging;

namespace Lebenswelten.Core.Ideas;

/// <summary>Absolute links for the mails about ideas; the web app knows its public address, the domain does not.</summary>
public interface IIdeaLinks
{
    string Idea(string siteSlug, Guid ideaId);
    string MyIdeas();
}

/// <summary>
/// Tells the proposer what came of their idea, in the language they wrote it in, through the outbox within the
/// caller's transaction (a rolled-back step sends nothing). An erased author (no account any more) gets no mail.
/// </summary>
public sealed class IdeaMails(LebensweltenDbContext db, IIdeaLinks links)
{
    public Task ModeratedAsync(Idea idea, Idea? mergedInto, DateTimeOffset now, CancellationToken ct) => SendAsync(idea, idea.Status switch
    {
        IdeaStatus.Published => "idea-published",
        IdeaStatus.Rejected => "idea-rejected",
        _ => "idea-merged",
    }, mergedInto?.Id ?? idea.Id, new()
    {
        ["Reason"] = idea.RejectionReason ?? "",
        ["Other"] = mergedInto?.Title ?? "",
    }, now, ct);

    public Task AnsweredAsync(Idea idea, DateTimeOffset now, CancellationToken ct) => SendAsync(idea, "idea-answered", idea.Id, new()
    {
        ["Answer"] = AnswerName(idea.Answer!.Value, idea.Language),
        ["Text"] = idea.AnswerText ?? "",
    }, now, ct);

    private async Task SendAsync(Idea idea, string template, Guid linkTo, Dictionary<string, string> values, DateTimeOffset now, CancellationToken ct)
    {
        if (idea.AuthorUserId is null || await db.Users.AsNoTracking().Where(u => u.Id == idea.AuthorUserId)
                .Select(u => new { u.Email, u.DisplayName }).SingleOrDefaultAsync(ct) is not { Email: { } email } author)
        {
            return;
        }
        var slug = await db.Sites.Where(s => s.Id == idea.SiteId).Select(s => s.Slug).SingleAsync(ct);
        values["Link"] = links.Idea(slug, linkTo);
        values["Title"] = idea.Title;
        values["Name"] = author.DisplayName ?? "";
        values["MyIdeas"] = links.MyIdeas();
        db.OutboxMessages.Add(MailTemplates.Compose(template, idea.Language, email, author.DisplayName, values, now));
    }

    private static string AnswerName(IdeaAnswerKind kind, string language) => (kind, language) switch
    {
        (IdeaAnswerKind.Planned, "en") => "planned",
        (IdeaAnswerKind.UnderConsideration, "en") => "under consideration",
        (IdeaAnswerKind.NotPossible, "en") => "not possible",
        (IdeaAnswerKind.Planned, _) => "geplant",
        (IdeaAnswerKind.UnderConsideration, _) => "wird geprüft",
        _ => "nicht möglich",
    };
}
