namespace Lebenswelten.Core.Messaging;

/// <summary>
/// An e-mail written in the same transaction as the change it reports, and sent later by the outbox job:
/// a rolled-back change sends nothing, a crash after the commit loses nothing.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string To { get; set; }
    public string? ToName { get; set; }
    public required string Subject { get; set; }
    public required string TextBody { get; set; }
    public string? AttachmentName { get; set; }
    public string? AttachmentContentType { get; set; }
    public string? AttachmentText { get; set; }
    /// <summary>Kind of message (confirmation, moved-up, …), for tests and the operator, never personal.</summary>
    public required string Template { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
}
