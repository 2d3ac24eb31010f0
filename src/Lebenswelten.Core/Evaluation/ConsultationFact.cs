namespace Lebenswelten.Core.Evaluation;

/// <summary>
/// Video consultations of one telemedicine room in one Berlin month. Appointments are deleted 90 days after their end
/// (Retention:TelemedicineDays); before that, their counts move from the live row to the archived one
/// (<see cref="ConsultationArchive"/>), so the month's figures survive the purge.
/// </summary>
public sealed class ConsultationFact
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SiteId { get; set; }
    public Guid RoomId { get; set; }
    public DateOnly Month { get; set; }
    public bool IsArchived { get; set; }
    /// <summary>Generated for the demo, not counted ("Beispieldaten" in the UI); always archived, so no refresh replaces it.</summary>
    public bool IsSampleData { get; set; }
    public int Booked { get; set; }
    public int Held { get; set; }
    public int Cancelled { get; set; }
}
