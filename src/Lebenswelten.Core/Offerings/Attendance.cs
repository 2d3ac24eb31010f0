namespace Lebenswelten.Core.Offerings;

/// <summary>Whether one participant came to one session, and who recorded it when.</summary>
public sealed class Attendance
{
    public Guid RegistrationId { get; set; }
    public Guid SessionId { get; set; }
    public bool Present { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string? RecordedByUserId { get; set; }
}
