using Lebenswelten.Core.Messaging;

namespace Lebenswelten.Core.Ideas;

/// <summary>Absolute links for the mails about ideas; the web app knows its public address, the domain does not.</summary>
public interface IIdeaLinks
{
    string Idea(string siteSlug, Guid ideaId);
    string MyIdeas();
}

/// <summary>
/// Tells the proposer what came of their idea, in the language their account reads now (else the one they wrote it in),
/// through the outbox within the caller's transaction (a rolled-back step sends nothing). An erased author (no account
/// any more) gets no mail.
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
        ["Text"] = idea.AnswerText ?? "",
    }, now, ct);

    private async Task SendAsync(Idea idea, string template, Guid linkTo, Dictionary<string, string> values, DateTimeOffset now, CancellationToken ct)
    {
        if (idea.AuthorUserId is null || await db.Users.AsNoTracking().Where(u => u.Id == idea.AuthorUserId)
                .Select(u => new { u.Email, u.DisplayName, u.Language }).SingleOrDefaultAsync(ct) is not { Email: { } email } author)
        {
            return;
        }
        var slug = await db.Sites.Where(s => s.Id == idea.SiteId).Select(s => s.Slug).SingleAsync(ct);
        values["Link"] = links.Idea(slug, linkTo);
        values["Title"] = idea.Title;
        values["Name"] = author.DisplayName ?? "";
        values["MyIdeas"] = links.MyIdeas();
        var language = ResidentLanguage.Of(author.Language ?? idea.Language);
        if (idea.Answer is { } answer)
        {
            values["Answer"] = AnswerName(answer, language);
        }
        db.OutboxMessages.Add(MailTemplates.Compose(template, language, email, author.DisplayName, values, now));
    }

    /// <summary>The coordination's answer in the person's language (issue 23): planned, under consideration, not possible.</summary>
    public static readonly IReadOnlyDictionary<string, (string Planned, string UnderConsideration, string NotPossible)> Answers =
        new Dictionary<string, (string, string, string)>
    {
        ["de"] = ("geplant", "wird geprüft", "nicht möglich"),
        ["en"] = ("planned", "under consideration", "not possible"),
        ["ar"] = ("مخطط لها", "قيد الدراسة", "غير ممكنة"),
        ["uk"] = ("заплановано", "розглядається", "неможливо"),
        ["ru"] = ("запланировано", "рассматривается", "невозможно"),
        ["tr"] = ("planlandı", "inceleniyor", "mümkün değil"),
        [ResidentLanguage.EasyGerman] = ("Wir planen das", "Wir prüfen das noch", "Das geht leider nicht"),
    };

    private static string AnswerName(IdeaAnswerKind kind, string language)
    {
        var (planned, underConsideration, notPossible) = ResidentLanguage.Pick(Answers, language);
        return kind switch
        {
            IdeaAnswerKind.Planned => planned,
            IdeaAnswerKind.UnderConsideration => underConsideration,
            _ => notPossible,
        };
    }
}
