using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Core.Messaging;

/// <summary>
/// Hands due outbox messages to the SMTP server, one connection per batch. Failures are recorded on the row and
/// retried with backoff; logs name the outbox id only, never a recipient or content.
/// </summary>
public sealed class OutboxSender(
    LebensweltenDbContext db, IOptions<SmtpOptions> options, TimeProvider time, ILogger<OutboxSender> logger)
{
    public const int BatchSize = 50;
    public const int MaxAttempts = 10;
    private const int MaxErrorLength = 2000;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(1);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private readonly SmtpOptions _smtp = options.Value;

    /// <summary>Sends up to one batch of due messages and returns how many the server accepted.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        if (!_smtp.Enabled)
        {
            return 0;
        }
        var due = await DueAsync(time.GetUtcNow(), cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        using var client = new SmtpClient();
        try
        {
            await ConnectAsync(client, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "SMTP server {Host}:{Port} not usable; {Count} outbox messages postponed",
                _smtp.Host, _smtp.Port, due.Count);
            foreach (var message in due)
            {
                RecordFailure(message, e);
            }
            await db.SaveChangesAsync(CancellationToken.None);
            return 0;
        }

        var sent = 0;
        foreach (var message in due)
        {
            sent += await SendOneAsync(client, message, cancellationToken) ? 1 : 0;
            await MarkAsync(message);
        }
        await DisconnectQuietlyAsync(client);
        return sent;
    }

    /// <summary>
    /// Saved after every message: a crash then resends at most the one mail in flight. Not cancellable: a mail the
    /// server has accepted must be marked even while the app shuts down. An erasure may have deleted the row meanwhile
    /// (GDPR Art. 17 deletes a person's mails at once); that one is gone, and the rest of the batch must not wait
    /// for its lease to run out.
    /// </summary>
    private async Task MarkAsync(OutboxMessage message)
    {
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.Entry(message).State = EntityState.Detached;
            logger.LogInformation("Outbox message {OutboxId} was deleted while being sent", message.Id);
        }
    }

    private async Task<List<OutboxMessage>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var candidates = await db.OutboxMessages
            .Where(m => m.SentAt == null && m.Attempts < MaxAttempts && m.NextAttemptAt <= now)
            .OrderBy(m => m.Id).Take(BatchSize).AsNoTracking()
            .Select(m => new { m.Id, m.NextAttemptAt }).ToListAsync(cancellationToken);
        var claimed = new List<Guid>();
        foreach (var candidate in candidates)
        {
            // A lease: only the node whose update hits the row sends it, so several web nodes never send the same
            // mail; if this node dies mid-send, the row is due again when the lease runs out.
            var won = await db.OutboxMessages
                .Where(m => m.Id == candidate.Id && m.SentAt == null && m.NextAttemptAt == candidate.NextAttemptAt)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.NextAttemptAt, now + Lease), cancellationToken);
            if (won == 1)
            {
                claimed.Add(candidate.Id);
            }
        }
        return await db.OutboxMessages.Where(m => claimed.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync(cancellationToken);
    }

    private async Task<bool> SendOneAsync(SmtpClient client, OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            if (!client.IsConnected)
            {
                await ConnectAsync(client, cancellationToken);
            }
            await client.SendAsync(OutboxMail.Compose(message, _smtp, time.GetUtcNow()), cancellationToken);
            message.SentAt = time.GetUtcNow();
            message.LastError = null;
            logger.LogInformation("Outbox message {OutboxId} sent", message.Id);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            RecordFailure(message, e);
            // The exception text can quote the recipient, so only its kind and status go to the log.
            logger.LogWarning("Outbox message {OutboxId} not sent, attempt {Attempt}: {ErrorType} {SmtpStatus}",
                message.Id, message.Attempts, e.GetType().Name, (e as SmtpCommandException)?.StatusCode);
            return false;
        }
    }

    private void RecordFailure(OutboxMessage message, Exception error)
    {
        message.Attempts++;
        message.NextAttemptAt = time.GetUtcNow() + Backoff(message.Attempts);
        var text = $"{error.GetType().Name}: {error.Message}";
        message.LastError = text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
    }

    /// <summary>1 minute after the first failure, doubling each time, never more than an hour.</summary>
    public static TimeSpan Backoff(int attempts) =>
        attempts >= 7 ? MaxBackoff : TimeSpan.FromMinutes(1 << (attempts - 1));

    private async Task ConnectAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        var security = _smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None;
        await client.ConnectAsync(_smtp.Host, _smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(_smtp.User))
        {
            await client.AuthenticateAsync(_smtp.User, _smtp.Password ?? "", cancellationToken);
        }
    }

    private async Task DisconnectQuietlyAsync(SmtpClient client)
    {
        try
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: true);
            }
        }
        catch (Exception e)
        {
            // Every message is already marked; a failed QUIT changes nothing.
            logger.LogDebug(e, "SMTP disconnect failed");
        }
    }
}
