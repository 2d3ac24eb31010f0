using System.Text;
using Lebenswelten.Core.Messaging;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Lebenswelten.Core.Tests.Messaging;

public sealed class OutboxSenderTests
{
    private const string Calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Rückenschule\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    private readonly ManualClock _clock = new();

    [Theory, BothProviders]
    public async Task Due_messages_arrive_once_with_body_attachment_and_stable_message_id(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: true);
        await using var sink = await SmtpSink.StartAsync();
        await using var services = Services(database, sink.Port);
        var plain = Message("anna@example.org", "Anmeldung eingegangen", "Hallo Anna,\ndu stehst auf der Liste.");
        var invite = Message("ben@example.org", "Termin bestätigt", "Hallo Ben,\nder Termin steht.");
        (invite.AttachmentName, invite.AttachmentContentType, invite.AttachmentText) = ("termin.ics", "text/calendar", Calendar);
        await QueueAsync(database, plain, invite);

        Assert.Equal(2, await SendAsync(services));

        var mails = await sink.WaitForAsync(_ => true, count: 2);
        var first = mails.Single(m => m.MessageId == $"{plain.Id}@lebenswelten");
        Assert.Equal("anna@example.org", first.To.Mailboxes.Single().Address);
        Assert.Equal("Anmeldung eingegangen", first.Subject);
        Assert.Equal("Hallo Anna,\ndu stehst auf der Liste.", first.TextBody?.ReplaceLineEndings("\n").TrimEnd());
        Assert.Empty(first.Attachments);
        var second = mails.Single(m => m.MessageId == $"{invite.Id}@lebenswelten");
        Assert.Equal("Termin bestätigt", second.Subject);
        Assert.StartsWith("Hallo Ben,", second.TextBody, StringComparison.Ordinal);
        var ics = Assert.IsType<TextPart>(Assert.Single(second.Attachments));
        Assert.Equal("termin.ics", ics.FileName);
        Assert.Equal("text/calendar", ics.ContentType.MimeType);
        // Decoded by hand: TextPart.Text would normalise the line endings that iCalendar requires to be CRLF.
        using var calendar = new MemoryStream();
        Assert.NotNull(ics.Content);
        await ics.Content.DecodeToAsync(calendar);
        Assert.Equal(Calendar, Encoding.UTF8.GetString(calendar.ToArray()));
        Assert.Contains($"<{invite.Id}@lebenswelten>", second.Headers[HeaderId.MessageId], StringComparison.Ordinal);

        await using (var db = database.CreateContext())
        {
            Assert.All(await db.OutboxMessages.ToListAsync(), m => Assert.Equal(_clock.GetUtcNow(), m.SentAt));
        }
        Assert.Equal(0, await SendAsync(services));
        Assert.Equal(2, (await sink.ReceivedAsync()).Count);
    }

    [Theory, BothProviders]
    public async Task Unreachable_server_postpones_with_backoff_and_the_retry_sends_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: true);
        var port = SmtpSink.FreePort();
        await using var services = Services(database, port);
        var message = Message("clara@example.org", "Platz frei geworden", "Geheimer Inhalt der Nachricht");
        await QueueAsync(database, message);
        var failedAt = _clock.GetUtcNow();

        Assert.Equal(0, await SendAsync(services));

        var postponed = await ReloadAsync(database, message.Id);
        Assert.Null(postponed.SentAt);
        Assert.Equal(1, postponed.Attempts);
        Assert.Equal(failedAt + TimeSpan.FromMinutes(1), postponed.NextAttemptAt);
        Assert.False(string.IsNullOrWhiteSpace(postponed.LastError));
        Assert.DoesNotContain("Geheimer Inhalt", postponed.LastError, StringComparison.Ordinal);

        await using var sink = await SmtpSink.StartAsync(port);
        Assert.Equal(0, await SendAsync(services));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await SendAsync(services));
        Assert.Equal(0, await SendAsync(services));

        var mail = Assert.Single(await sink.WaitForAsync(m => m.Subject == "Platz frei geworden"));
        Assert.Equal($"{message.Id}@lebenswelten", mail.MessageId);
        Assert.Single(await sink.ReceivedAsync());
        var sent = await ReloadAsync(database, message.Id);
        Assert.Equal(_clock.GetUtcNow(), sent.SentAt);
        Assert.Equal(1, sent.Attempts);
    }

    [Fact]
    public void Backoff_doubles_from_one_minute_up_to_an_hour()
    {
        var minutes = Enumerable.Range(1, 9).Select(a => OutboxSender.Backoff(a).TotalMinutes);
        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60, 60], minutes);
    }

    [Theory, BothProviders]
    public async Task Several_nodes_sending_at_once_deliver_every_message_exactly_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: true);
        await using var sink = await SmtpSink.StartAsync();
        await using var services = Services(database, sink.Port);
        await QueueAsync(database, [.. Enumerable.Range(1, 30).Select(i => Message($"p{i}@example.org", $"Nachricht {i}", "Hallo"))]);

        var sent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => SendAsync(services))));

        Assert.Equal(30, sent.Sum());
        var mails = await sink.WaitForAsync(_ => true, count: 30);
        Assert.Equal(30, mails.Select(m => m.MessageId).Distinct().Count());
    }

    [Theory, BothProviders]
    public async Task A_mail_erased_while_its_batch_is_sent_holds_up_none_of_the_others(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: true);
        await using var sink = await SmtpSink.StartAsync();
        var first = Message("erased@example.org", "Nachricht 1", "Hallo");
        var others = Enumerable.Range(2, 3).Select(i => Message($"p{i}@example.org", $"Nachricht {i}", "Hallo")).ToArray();
        await QueueAsync(database, [first, .. others]);
        // The person is erased (Art. 17 deletes their mails at once) just as the server has taken their mail.
        var clock = new ErasingClock(_clock, () =>
        {
            if (sink.ReceivedAsync().GetAwaiter().GetResult().Count == 0)
            {
                return false;
            }
            using var db = database.CreateContext();
            db.OutboxMessages.Where(m => m.Id == first.Id).ExecuteDelete();
            return true;
        });
        await using var services = CoreServices.WithMessaging(database, clock, smtp => (smtp.Host, smtp.Port) = ("127.0.0.1", sink.Port));

        Assert.Equal(4, await SendAsync(services));

        await using var check = database.CreateContext();
        Assert.Equal(3, await check.OutboxMessages.CountAsync(m => m.SentAt != null));
        Assert.Equal(4, (await sink.WaitForAsync(_ => true, count: 4)).Count);
    }

    /// <summary>The test's clock, which once runs an action the first time it returns true (checked at every reading).</summary>
    private sealed class ErasingClock(TimeProvider inner, Func<bool> once) : TimeProvider
    {
        private bool _done;

        public override DateTimeOffset GetUtcNow()
        {
            _done = _done || once();
            return inner.GetUtcNow();
        }
    }

    private ServiceProvider Services(TestDatabase database, int smtpPort) =>
        CoreServices.WithMessaging(database, _clock, smtp => (smtp.Host, smtp.Port) = ("127.0.0.1", smtpPort));

    private OutboxMessage Message(string to, string subject, string body) => new()
    {
        To = to,
        Subject = subject,
        TextBody = body,
        Template = "test",
        CreatedAt = _clock.GetUtcNow(),
        NextAttemptAt = _clock.GetUtcNow(),
    };

    private static async Task QueueAsync(TestDatabase database, params OutboxMessage[] messages)
    {
        await using var db = database.CreateContext();
        db.OutboxMessages.AddRange(messages);
        await db.SaveChangesAsync();
    }

    private static async Task<int> SendAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync();
    }

    private static async Task<OutboxMessage> ReloadAsync(TestDatabase database, Guid id)
    {
        await using var db = database.CreateContext();
        return await db.OutboxMessages.SingleAsync(m => m.Id == id);
    }
}
