namespace Lebenswelten.Core.Offerings;

/// <summary>Moves the waiting list up into free places. Call only while holding the offering's lock.</summary>
internal sealed class WaitingList(LebensweltenDbContext db, OfferingMails mails)
{
    public async Task FillFreePlacesAsync(Offering offering, DateTimeOffset now, CancellationToken ct)
    {
        var free = offering.Capacity - offering.TakenPlaces;
        if (free <= 0 || offering.WaitingCount == 0 || offering.Status != OfferingStatus.Published)
        {
            return;
        }
        var next = await db.Registrations
            .Where(r => r.OfferingId == offering.Id && r.Status == RegistrationStatus.Waitlisted)
            .OrderBy(r => r.Sequence).Take(free).ToListAsync(ct);
        foreach (var registration in next)
        {
            if (offering.WaitingListMode == WaitingListMode.OfferWithDeadline)
            {
                registration.Status = RegistrationStatus.Offered;
                registration.OfferExpiresAt = now.AddHours(offering.OfferHoldHours);
                mails.PlaceOffered(offering, registration, now);
            }
            else
            {
                registration.Status = RegistrationStatus.Confirmed;
                registration.ConfirmedAt = now;
                mails.MovedUp(offering, registration, now);
            }
            offering.TakenPlaces++;
            offering.WaitingCount--;
        }
    }

    /// <summary>Gives a held place back: a cancellation, an expired guest or an offer not taken.</summary>
    public static void Release(Offering offering, Registration registration, RegistrationStatus newStatus, DateTimeOffset now)
    {
        if (registration.HoldsPlace)
        {
            offering.TakenPlaces--;
        }
        else if (registration.Status == RegistrationStatus.Waitlisted)
        {
            offering.WaitingCount--;
        }
        registration.Status = newStatus;
        registration.CancelledAt = now;
        registration.OfferExpiresAt = null;
    }
}
