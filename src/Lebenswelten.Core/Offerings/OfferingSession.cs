namespace Lebenswelten.Core.Offerings;

/// <summary>One dated meeting of an offering; attendance is recorded per session.</summary>
public sealed class OfferingSession
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OfferingId { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public DateTimeOffset? ReminderSentAt { get; set; }
}
