using System.Text;
using MimeKit;

namespace Lebenswelten.Core.Messaging;

/// <summary>Turns an outbox row into the MIME message that goes over the wire.</summary>
internal static class OutboxMail
{
    /// <summary>
    /// The same row always gets the same Message-ID, so a resend after a crash between the server's accept and
    /// marking the row sent is recognisable to the receiver as the same mail.
    /// </summary>
    public static string MessageId(Guid outboxId) => $"{outboxId}@lebenswelten";

    public static MimeMessage Compose(OutboxMessage message, SmtpOptions smtp, DateTimeOffset now)
    {
        var mail = new MimeMessage
        {
            MessageId = MessageId(message.Id),
            Date = now,
            Subject = message.Subject,
        };
        mail.From.Add(new MailboxAddress(smtp.FromName, smtp.FromAddress));
        mail.To.Add(new MailboxAddress(message.ToName ?? "", message.To));

        var text = new TextPart("plain") { Text = message.TextBody };
        mail.Body = message.AttachmentText is null ? text : new Multipart("mixed") { text, Attachment(message) };
        return mail;
    }

    private static MimePart Attachment(OutboxMessage message)
    {
        var type = ContentType.Parse(message.AttachmentContentType ?? "text/plain");
        if (type.MediaType.Equals("text", StringComparison.OrdinalIgnoreCase))
        {
            type.Charset ??= "utf-8";
        }
        return new MimePart(type)
        {
            Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes(message.AttachmentText!))),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = message.AttachmentName ?? "attachment.txt",
        };
    }
}
