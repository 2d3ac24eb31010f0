using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Lebenswelten.Core.Messaging;

/// <summary>
/// Mail texts live in Templates/{name}.{language}.txt: a "Subject:" line, a blank line, then the body, with
/// {Placeholders}. Plain text on purpose: it reads the same on every phone and in every mail program.
/// </summary>
public static partial class MailTemplates
{
    /// <summary>
    /// The mails a resident can get, written in every resident language (<see cref="ResidentLanguage.All"/>, issue 23).
    /// Every other template goes to staff only (invitations, the network, funding deadlines, roles) and is German and
    /// English; a staff member who reads another language gets those in German.
    /// </summary>
    public static readonly IReadOnlyList<string> ResidentTemplates =
    [
        "account-confirm", "password-reset", "account-deactivated", "two-factor-reset",
        "registration-confirmed", "guest-confirm-email", "registration-waitlisted", "registration-by-phone",
        "registration-cancelled", "moved-up", "place-offered", "session-reminder", "offering-cancelled", "offering-message",
        "appointment-verify", "appointment-booked", "appointment-rebooked", "appointment-reminder", "appointment-cancelled",
        "idea-published", "idea-rejected", "idea-merged", "idea-answered",
    ];

    /// <summary>The languages of staff-only templates.</summary>
    public static readonly IReadOnlyList<string> StaffLanguages = ["de", "en"];
    private static readonly ConcurrentDictionary<string, (string Subject, string Body)> Cache = new();

    public static OutboxMessage Compose(string template, string language, string to, string? toName,
        IReadOnlyDictionary<string, string> values, DateTimeOffset now)
    {
        var (subject, body) = Load(template, Has(template, language) ? language : "de");
        return new OutboxMessage
        {
            To = to,
            ToName = toName,
            Subject = Fill(subject, values),
            TextBody = Fill(body, values),
            Template = template,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    public static (string Subject, string Body) Load(string template, string language) =>
        Cache.GetOrAdd($"{template}.{language}", key =>
        {
            using var stream = typeof(MailTemplates).Assembly.GetManifestResourceStream($"mail/{key}.txt")
                ?? throw new InvalidOperationException($"No mail template '{key}'.");
            var text = new StreamReader(stream).ReadToEnd().ReplaceLineEndings("\n");
            var split = text.IndexOf("\n\n", StringComparison.Ordinal);
            return (text[..split].Replace("Subject:", "", StringComparison.Ordinal).Trim(), text[(split + 2)..].TrimEnd() + "\n");
        });

    /// <summary>
    /// Whether a template is written in a language. German and English have every template, the other resident languages
    /// the <see cref="ResidentTemplates"/>; anything else falls back to German.
    /// </summary>
    public static bool Has(string template, string language) =>
        typeof(MailTemplates).Assembly.GetManifestResourceInfo($"mail/{template}.{language}.txt") is not null;

    public static IEnumerable<string> Names() =>
        typeof(MailTemplates).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("mail/", StringComparison.Ordinal))
            .Select(n => n["mail/".Length..].Split('.')[0]).Distinct();

    private static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
