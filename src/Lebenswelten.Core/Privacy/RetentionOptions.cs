using Microsoft.Extensions.Options;

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

    /// <summary>
    /// Telemedicine appointments (who, when, with which practice, why) are deleted this many days after their end.
    /// Never longer than three months (92 days): the rule for video consultation metadata.
    /// </summary>
    public int TelemedicineDays { get; set; } = 90;

    /// <summary>How often the retention job runs.</summary>
    public int IntervalMinutes { get; set; } = 60;
}

/// <summary>Refuses to start with periods the processing record does not allow.</summary>
public sealed class RetentionOptionsValidation : IValidateOptions<RetentionOptions>
{
    public const int MaxTelemedicineDays = 92;

    public ValidateOptionsResult Validate(string? name, RetentionOptions options) =>
        options.TelemedicineDays is < 1 or > MaxTelemedicineDays
            ? ValidateOptionsResult.Fail(
                $"{RetentionOptions.Section}:TelemedicineDays must be between 1 and {MaxTelemedicineDays} (three months).")
            : ValidateOptionsResult.Success;
}
