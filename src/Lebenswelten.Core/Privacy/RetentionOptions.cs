namespace Lebenswelten.Core.Privacy;

/// <summary>How long each kind of data is kept (section "Retention"); the processing record documents why.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Registrations are anonymised this many days after their offering's last session (2 years).</summary>
    public int RegistrationDays { get; set; } = 730;

    /// <summary>Guest registrations that were never confirmed, or expired, are deleted after this many days.</summary>
    public int UnconfirmedGuestDays { get; set; } = 7;

    /// <summary>Audit entries are deleted after this many days (2 years).</summary>
    public int AuditDays { get; set; } = 730;

    /// <summary>Sent mails (and mails the outbox gave up on) are deleted from the outbox after this many days.</summary>
    public int SentMailDays { get; set; } = 30;

    /// <summary>How often the retention job runs.</summary>
    public int IntervalMinutes { get; set; } = 60;
}
