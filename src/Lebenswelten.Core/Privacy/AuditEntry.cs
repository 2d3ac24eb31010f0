namespace Lebenswelten.Core.Privacy;

public enum AuditAction
{
    Read,
    Create,
    Change,
    Delete,
    Export,
    Login,
    RoleChange,
}

/// <summary>
/// One line of the append-only audit log: who touched whose personal data, when and from where
/// (GDPR Art. 5(2), 30, 32; ASVS V16). Rows are never updated or deleted by the app.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? ActorUserId { get; set; }
    public AuditAction Action { get; set; }
    /// <summary>What kind of data, e.g. "Offering.Participants" — never the data itself.</summary>
    public required string DataKind { get; set; }
    public string? RecordId { get; set; }
    /// <summary>Whose data it is, so that a person can see who read it (GDPR Art. 15).</summary>
    public string? SubjectUserId { get; set; }
    public Guid? SiteId { get; set; }
    public string? RemoteAddress { get; set; }
}
