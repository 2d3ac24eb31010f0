using System.Text.RegularExpressions;
using Lebenswelten.Core.CalendarFeeds;
using Lebenswelten.Core.Ideas;
using Lebenswelten.Core.Messaging;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Core.Tests.Messaging;

/// <summary>Issue 23: every mail a resident can get is there in every resident language, saying the same things as the German.</summary>
public sealed partial class MailTemplatesTests
{
    /// <summary>Mails only staff get: German and English are enough.</summary>
    private static readonly string[] StaffTemplates =
    [
        "invitation", "meeting-invitation", "network-application-accepted", "network-application-declined",
        "project-deadline", "task-overdue", "roles-removed",
    ];

    public static TheoryData<string, string> ResidentTemplatesInEveryLanguage() => Pairs(MailTemplates.ResidentTemplates, ResidentLanguage.All);

    public static TheoryData<string, string> StaffTemplatesInGermanAndEnglish() => Pairs(StaffTemplates, MailTemplates.StaffLanguages);

    public static TheoryData<string> ResidentTemplates() => new(MailTemplates.ResidentTemplates);

    private static TheoryData<string, string> Pairs(IEnumerable<string> templates, IEnumerable<string> languages)
    {
        var data = new TheoryData<string, string>();
        foreach (var template in templates)
        {
            foreach (var language in languages)
            {
                data.Add(template, language);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ResidentTemplatesInEveryLanguage))]
    [MemberData(nameof(StaffTemplatesInGermanAndEnglish))]
    public void A_template_has_a_subject_a_body_and_the_placeholders_of_the_German_one(string template, string language)
    {
        Assert.True(MailTemplates.Has(template, language), $"{template}.{language}.txt is missing");
        var (subject, body) = MailTemplates.Load(template, language);
        var (germanSubject, germanBody) = MailTemplates.Load(template, "de");

        Assert.False(string.IsNullOrWhiteSpace(subject), $"{template}.{language}: no subject line");
        Assert.DoesNotContain("\n", subject, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(body), $"{template}.{language}: no body");
        Assert.Equal(Placeholders(germanSubject + germanBody), Placeholders(subject + body));
    }

    [Fact]
    public void Every_template_is_either_for_residents_or_for_staff_and_no_staff_mail_passes_for_a_residents()
    {
        Assert.Empty(MailTemplates.ResidentTemplates.Intersect(StaffTemplates));
        Assert.Equal(MailTemplates.ResidentTemplates.Count, MailTemplates.ResidentTemplates.Distinct().Count());
        Assert.Equal(MailTemplates.Names().Order(), MailTemplates.ResidentTemplates.Concat(StaffTemplates).Order());
        // A staff mail in a resident language would be read as one residents get: keep them apart on purpose.
        Assert.All(StaffTemplates, t => Assert.All(ResidentLanguage.All.Except(MailTemplates.StaffLanguages),
            l => Assert.False(MailTemplates.Has(t, l), $"{t}.{l}.txt: a staff mail in a resident language")));
    }

    [Theory]
    [MemberData(nameof(ResidentTemplates))]
    public void Arabic_isolates_every_value_it_quotes_inside_a_sentence(string template)
    {
        var (subject, body) = MailTemplates.Load(template, "ar");
        // A value alone on its line is a paragraph of its own and takes its own direction.
        foreach (var line in (subject + "\n" + body).Split('\n').Where(l => !AlonePlaceholder().IsMatch(l.Trim())))
        {
            foreach (Match placeholder in Placeholder().Matches(line))
            {
                var at = placeholder.Index;
                Assert.True(at > 0 && line[at - 1] == '\u2068' && line[at + placeholder.Length] == '\u2069',
                    $"{template}.ar: {placeholder.Value} is not isolated in \"{line}\"");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ResidentTemplates))]
    public void Leichte_Sprache_keeps_each_sentence_short(string template)
    {
        var (subject, body) = MailTemplates.Load(template, ResidentLanguage.EasyGerman);
        var sentences = (subject + "\n" + body).Split('\n').SelectMany(l => Sentence().Split(l)).Where(s => s.Length > 0);
        Assert.All(sentences, s => Assert.True(s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12,
            $"{template}.de-XL: \"{s}\" is longer than 12 words"));
    }

    [Fact]
    public void The_per_language_texts_of_mails_and_calendars_cover_every_resident_language()
    {
        Assert.Equal(ResidentLanguage.All.Order(), OfferingMails.StatusLines.Keys.Order());
        Assert.Equal(ResidentLanguage.All.Order(), TelemedicineMails.Reasons.Keys.Order());
        Assert.Equal(ResidentLanguage.All.Order(), IdeaMails.Answers.Keys.Order());
        Assert.Equal(ResidentLanguage.All.Order(), AppointmentCalendar.Texts.Keys.Order());
        Assert.Equal(ResidentLanguage.All.Order(), PersonalCalendar.Names.Keys.Order());
        Assert.All(OfferingMails.StatusLines.Values, line => Assert.Contains("{0}", line.Waiting, StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_language_gets_the_German_mail()
    {
        var message = MailTemplates.Compose("password-reset", "xx", "a@example.org", "A", new Dictionary<string, string>
        {
            ["Name"] = "A", ["Link"] = "https://test.invalid/x",
        }, DateTimeOffset.UnixEpoch);

        Assert.Equal("Neues Passwort für Lebenswelten", message.Subject);
        Assert.Equal("Новий пароль для Lebenswelten", MailTemplates.Load("password-reset", "uk").Subject);
    }

    private static string[] Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^\{\w+\}$")]
    private static partial Regex AlonePlaceholder();

    [GeneratedRegex(@"(?<=[.!?:])\s+")]
    private static partial Regex Sentence();
}
