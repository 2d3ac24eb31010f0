namespace Lebenswelten.Core.Privacy;

/// <summary>The mails in the outbox that carry a person's data, deleted with it (GDPR Art. 17).</summary>
internal static class PersonalMails
{
    /// <summary>Every mail to the account's (normalised) address.</summary>
    public static Task<int> DeleteToAsync(LebensweltenDbContext db, string normalizedEmail, CancellationToken ct) =>
        db.OutboxMessages.Where(m => m.To.ToUpper() == normalizedEmail).ExecuteDeleteAsync(ct);

    /// <summary>
    /// The mails about one record: to its address, and carrying its id (in the personal link or the calendar file).
    /// Other records of the same address keep their mails.
    /// </summary>
    public static Task<int> DeleteAboutAsync(LebensweltenDbContext db, string email, Guid recordId, CancellationToken ct)
    {
        var id = recordId.ToString();
        return db.OutboxMessages.Where(m => m.To == email && (m.TextBody.Contains(id) || m.AttachmentText!.Contains(id)))
            .ExecuteDeleteAsync(ct);
    }
}
