using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Demo;

/// <summary>Adds a site's demo offerings, with sample participants (no contact data, so no mail ever goes out).</summary>
internal static class DemoOfferingSeeder
{
    public static void Add(LebensweltenDbContext db, string siteSlug, Guid siteId,
        IReadOnlyList<Organisation> organisations, IReadOnlyList<District> districts, DateTimeOffset now)
    {
        var today = BerlinTime.LocalDate(now);
        foreach (var demo in DemoOfferings.All.Where(o => o.Site == siteSlug))
        {
            var organisation = organisations.Single(o => o.Name == demo.Provider);
            var district = districts.FirstOrDefault(d => d.Name == demo.District);
            var offering = new Offering
            {
                SiteId = siteId, OrganisationId = organisation.Id, Organisation = organisation,
                Title = demo.Title, Description = demo.Description, Category = demo.Category, Kind = demo.Kind,
                TargetGroups = demo.Groups, Languages = [.. demo.Languages ?? ["de"]], Accessibility = demo.Accessibility,
                MinAge = demo.MinAge, MaxAge = demo.MaxAge,
                Venue = new Venue { Name = demo.Venue, Street = demo.Street, PostalCode = demo.PostalCode,
                    City = organisation.Address.City },
                DistrictId = district?.Id, Latitude = demo.Latitude, Longitude = demo.Longitude,
                Capacity = demo.Capacity, PriceCents = demo.PriceCents,
                ReducedPriceCents = demo.PriceCents > 0 ? demo.PriceCents / 2 : null,
                Certification = demo.Zpp ? Certification.ZppCertified : Certification.None, IsReimbursable = demo.Zpp,
                Status = OfferingStatus.Published, IsSampleData = true, CreatedAt = now, UpdatedAt = now,
            };
            var first = NextWeekday(today.AddDays(demo.StartsInDays), demo.Day);
            var end = demo.Start.AddMinutes(demo.Minutes);
            OfferingSchedule.Replace(offering, Enumerable.Range(0, demo.Weeks)
                .Select(week => new SessionInput(first.AddDays(7 * week), demo.Start, end)).ToList());
            OfferingSearch.Refresh(offering, district?.Name);
            db.Offerings.Add(offering);
            AddParticipants(db, offering, demo, now);
        }
    }

    /// <summary>Sample participants in order of arrival: the places fill first, the rest wait, as with real people.</summary>
    private static void AddParticipants(LebensweltenDbContext db, Offering offering, DemoOffering demo, DateTimeOffset now)
    {
        for (var i = 1; i <= demo.Taken + demo.Waiting; i++)
        {
            var registration = new Registration
            {
                OfferingId = offering.Id,
                Name = $"Teilnehmende {i} (Beispiel)",
                BirthYear = 1950 + (i * 7 % 60),
                Sex = (Sex)(i % 3),
                CreatedAt = now, EmailConfirmedAt = now,
            };
            offering.Admit(registration, now);
            db.Registrations.Add(registration);
        }
    }

    private static DateOnly NextWeekday(DateOnly from, DayOfWeek day)
    {
        while (from.DayOfWeek != day)
        {
            from = from.AddDays(1);
        }
        return from;
    }
}
