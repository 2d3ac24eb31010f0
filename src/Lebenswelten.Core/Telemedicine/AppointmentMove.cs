namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// Puts the person of an earlier appointment into a new slot, for the resident's rebooking and the practice's after a
/// closure alike: the same kind, contact and reason, the verified contact carried along, a fresh personal link for a
/// guest, the "moved" mail. The caller holds the locks (<see cref="SlotPlacement.LockAsync"/>), saves and commits.
/// </summary>
public sealed class AppointmentMove(LebensweltenDbContext db, SlotPlacement placement, AppointmentTokens tokens, TelemedicineMails mails)
{
    internal async Task<Outcome<BookingReceipt>> PlaceAsync(TelemedicineAppointment previous, string slotId, Guid? roomId,
        Guid scheduleId, DateTimeOffset start, IReadOnlyCollection<Guid> lockedRooms, DateTimeOffset now, CancellationToken ct)
    {
        var request = new BookingRequest(slotId, roomId, previous.Kind,
            new Patient(previous.UserId, previous.Name, previous.Email, previous.Phone, previous.Language), previous.Reason);
        var placed = await placement.PlaceAsync(request, scheduleId, start, lockedRooms, now, ct);
        if (placed.Value is not { } appointment)
        {
            db.ChangeTracker.Clear();
            return placed.Problem!;
        }
        previous.RebookedToId = appointment.Id;
        // The verified contact goes along, and the new appointment counts against the same limits as the old one.
        (appointment.ContactVerifiedAt, appointment.ProtectedVerificationToken) = (previous.ContactVerifiedAt,
            previous.ProtectedVerificationToken);
        // A guest keeps one personal link: the new appointment gets a fresh token, mailed with the confirmation.
        var token = appointment.IsGuest ? tokens.Issue(appointment) : null;
        mails.Rebooked(appointment, previous, token, now);
        return new BookingReceipt(appointment, token);
    }
}
