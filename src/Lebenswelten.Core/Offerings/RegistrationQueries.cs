namespace Lebenswelten.Core.Offerings;

/// <summary>Queries on registrations that more than one use case needs.</summary>
public static class RegistrationQueries
{
    /// <summary><see cref="Registration.IsActive"/> as SQL: the registrations that still hold or wait for a place.</summary>
    public static IQueryable<Registration> Active(this IQueryable<Registration> registrations) =>
        registrations.Where(r => r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Waitlisted
            || r.Status == RegistrationStatus.Offered);
}
