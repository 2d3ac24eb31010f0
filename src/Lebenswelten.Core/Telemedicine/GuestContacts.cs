using Microsoft.Extensions.Options;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// The limits of bookings guests make for themselves, per e-mail address and per phone number
/// (<see cref="GuestBookingOptions"/>). Exact under parallel bookings: the address and the number are locked for the
/// booking's transaction before anything is counted. PostgreSQL: transaction-scoped advisory locks, taken before the
/// schedule and room locks (the one lock order: contacts, schedules, rooms). SQLite: the IMMEDIATE transaction
/// already serialises all writers.
/// </summary>
public sealed class GuestContacts(LebensweltenDbContext db, IOptions<GuestBookingOptions> options)
{
    public async Task<DomainProblem?> LockAndCheckAsync(Patient who, DateTimeOffset now, CancellationToken ct)
    {
        var email = NormalizedEmail(who.Email);
        var phone = TypedPhone.ToE164(who.Phone);
        if (db.Database.IsNpgsql())
        {
            foreach (var key in new[] { email is null ? null : "email:" + email, phone is null ? null : "phone:" + phone }
                .OfType<string>().Order(StringComparer.Ordinal))
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtextextended({0}, 7015))", [key], ct);
            }
        }
        var selfBooked = db.TelemedicineAppointments.Where(a => a.ProtectedVerificationToken != null);
        if (email is not null && await OverLimitAsync(selfBooked.Where(a => a.NormalizedEmail == email), now, ct))
        {
            return DomainProblem.Conflict("Appointment.EmailLimit");
        }
        if (phone is not null && await OverLimitAsync(selfBooked.Where(a => a.Phone == phone), now, ct))
        {
            return DomainProblem.Conflict("Appointment.PhoneLimit");
        }
        return null;
    }

    public static string? NormalizedEmail(string? email) => TypedText.TrimmedOrNull(email)?.ToUpperInvariant();

    private async Task<bool> OverLimitAsync(IQueryable<TelemedicineAppointment> same, DateTimeOffset now, CancellationToken ct)
    {
        var limits = options.Value;
        var dayAgo = now.AddDays(-1);
        return await same.CountAsync(a => a.CreatedAt > dayAgo, ct) >= limits.MaxBookingsPerContactPerDay
            || await same.Holding(now).CountAsync(a => a.EndsAt > now, ct) >= limits.MaxOpenBookingsPerContact;
    }
}
