namespace Lebenswelten.Core.Offerings;

/// <summary>Moves the waiting list up into free places. Call only while holding the offering's lock.</summary>
internal sealed class WaitingList(LebensweltenDbContext db, OfferingMails mails)
{
    public async Task FillFreePlacesAsync(Offering offering, DateTimeOffset now, CancellationToken ct)
    {
        var free = offering.PlacesLeft;
        if (free == 0 || offering.WaitingCount == 0 || offering.Status != OfferingStatus.Published)
        {
            return;
        }
        var next = await db.Registrations
            .Where(r => r.OfferingId == offering.Id && r.Status == RegistrationStatus.Waitlisted)
            .OrderBy(r => r.Sequence).Take(free).ToListAsync(ct);
        foreach (var registration in next)
        {
            offering.MoveUp(registration, now);
            if (registration.Status == RegistrationStatus.Offered)
            {
                mails.PlaceOffered(offering, registration, now);
            }
            else
            {
                mails.MovedUp(offering, registration, now);
            }
        }
    }
}
