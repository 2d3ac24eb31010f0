using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// Days (Europe/Berlin dates, both inclusive) on which a room or a practice is closed: holidays, illness, repairs.
/// Exactly one of <see cref="RoomId"/> and <see cref="PracticeOrganisationId"/> is set. A practice closure closes
/// all of the practice's schedules.
/// </summary>
public sealed class TelemedicineClosure : ISiteOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SiteId { get; set; }
    public Guid? RoomId { get; set; }
    public Guid? PracticeOrganisationId { get; set; }
    public DateOnly FromDate { get; set; }
    public DateOnly ToDate { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public bool Covers(DateOnly day) => FromDate <= day && day <= ToDate;
}
