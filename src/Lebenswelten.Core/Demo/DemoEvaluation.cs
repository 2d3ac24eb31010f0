using Lebenswelten.Core.Evaluation;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Core.Demo;

/// <summary>
/// Sample evaluation figures ("Beispieldaten") for the twelve months before the seed: archived cells, so that no refresh
/// replaces them, marked as sample data so that every dashboard says so. Plausible, not real: per district about 0.2 to 3
/// registrations a month per 1,000 residents (more where the district's stable hash says more need), split by the age
/// bands of the population data and by sex; a telemedicine room's 20 to 40 consultations a month.
/// </summary>
internal static class DemoEvaluation
{
    private static readonly (string Band, string Sex, double Share)[] People =
        [("0-5", "f", 0.08), ("6-17", "m", 0.20), ("18-64", "f", 0.55), ("65+", "m", 0.17)];

    private static readonly (OfferingCategory Category, TargetGroups Groups)[] Kinds =
    [
        (OfferingCategory.Exercise, TargetGroups.Everyone), (OfferingCategory.Nutrition, TargetGroups.Families),
        (OfferingCategory.StressAndMentalHealth, TargetGroups.UnemployedPeople),
        (OfferingCategory.ParentingAndFamily, TargetGroups.Parents),
    ];

    public static void Add(LebensweltenDbContext db, Guid siteId, IReadOnlyList<District> districts, TelemedicineRoom? room,
        DateTimeOffset now)
    {
        var thisMonth = MonthRange.MonthOf(now);
        for (var back = 1; back <= 12; back++)
        {
            var month = thisMonth.AddMonths(-back);
            foreach (var district in districts.Where(d => d.Population > 0))
            {
                var hash = DemoDistricts.StableHash(district.Name + month.Month);
                var perThousand = 0.2 + DemoDistricts.StableHash("reach" + district.Name) % 28 / 10.0;
                var registrations = district.Population!.Value / 1000.0 * perThousand * (0.8 + hash % 40 / 100.0);
                var (category, groups) = Kinds[hash % Kinds.Length];
                db.ReachFacts.AddRange(People.Select(p => Cell(siteId, month, district.Id, category, groups, p.Band, p.Sex,
                    (int)Math.Round(registrations * p.Share))).Where(c => c.Registrations > 0));
            }
            if (room is not null)
            {
                var booked = 20 + (int)(DemoDistricts.StableHash(room.Name + month) % 21);
                db.ConsultationFacts.Add(new ConsultationFact
                {
                    SiteId = siteId, RoomId = room.Id, Month = month, IsArchived = true, IsSampleData = true,
                    Booked = booked, Held = (int)(booked * 0.82), Cancelled = (int)(booked * 0.12),
                });
            }
        }
    }

    private static ReachFact Cell(Guid siteId, DateOnly month, Guid districtId, OfferingCategory category, TargetGroups groups,
        string band, string sex, int registrations) => new()
    {
        SiteId = siteId, Month = month, DistrictId = districtId, Category = category, TargetGroups = groups, AgeBand = band,
        Sex = sex, IsArchived = true, IsSampleData = true, Registrations = registrations,
        Participants = (int)Math.Round(registrations * 0.9), Attended = (int)Math.Round(registrations * 0.75),
        NoShows = (int)Math.Round(registrations * 0.1), Cancelled = (int)Math.Round(registrations * 0.08),
        Waitlisted = (int)Math.Round(registrations * 0.05),
    };
}
