namespace Lebenswelten.Core.Messaging;

/// <summary>The mail server the outbox job hands its messages to (configuration section "Smtp").</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;
    /// <summary>True demands STARTTLS; false talks plain SMTP, as to a relay on the same host or network.</summary>
    public bool UseStartTls { get; set; }
    public string? User { get; set; }
    public string? Password { get; set; }
    public string FromAddress { get; set; } = "noreply@lebenswelten.local";
    public string FromName { get; set; } = "Lebenswelten";
    /// <summary>False keeps every message in the outbox unsent, e.g. on a machine without a mail server.</summary>
    public bool Enabled { get; set; } = true;
}
