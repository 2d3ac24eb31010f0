using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Benchmarks.Reach;

/// <summary>One registration as the reach seeder writes it (guests only: no account rows are needed for the figures).</summary>
internal sealed record SeedRegistration(Guid Id, Guid OfferingId, long Person, string? PostalCode, int? BirthYear, Sex? Sex,
    RegistrationStatus Status, long Sequence, DateTimeOffset CreatedAt, Guid? AttendedSession, bool Present);

/// <summary>An offering registrations can go to: its site, first session (null: undated) and that session's id.</summary>
internal sealed record SeedOffering(Guid Id, DateTimeOffset? FirstSessionStart, Guid? FirstSessionId);

/// <summary>A site with what a resident of it looks like: its offerings and its postcodes.</summary>
internal sealed record SeedReachSite(Guid Id, string Slug, IReadOnlyList<SeedOffering> Offerings, IReadOnlyList<string> Postcodes,
    double Weight);

/// <summary>
/// The residents who register, drawn with a fixed seed: each person lives at one site, registers for one to four of its
/// offerings (never the same one twice, as the unique index demands), and gives a postcode, year of birth and sex as often
/// as real forms get them. Statuses and attendance follow the shares a busy programme has.
/// </summary>
internal sealed class ReachPeople(IReadOnlyList<SeedReachSite> sites, DateTimeOffset now, int seed)
{
    private readonly Random random = new(seed);
    private readonly double totalWeight = sites.Sum(s => s.Weight);

    /// <summary>Registrations from <paramref name="firstRow"/> on, as many as asked for; row numbers give ids and sequences.</summary>
    public IEnumerable<SeedRegistration> Registrations(long firstRow, long count)
    {
        var row = firstRow;
        var end = firstRow + count;
        while (row < end)
        {
            // Person numbers follow the row numbers, so the persons of a later, larger step are new people.
            var person = row;
            var site = PickSite();
            var postcode = random.NextDouble() < 0.85 && site.Postcodes.Count > 0
                ? site.Postcodes[Skewed(site.Postcodes.Count)] : null;
            int? birthYear = random.NextDouble() < 0.8 ? now.Year - Age() : null;
            var sex = random.NextDouble() switch { < 0.58 => Sex.Female, < 0.88 => (Sex?)Sex.Male, < 0.90 => Sex.Diverse, _ => null };
            var taken = new HashSet<Guid>();
            var registrations = Math.Min(1 + random.Next(4), site.Offerings.Count);
            for (var i = 0; i < registrations && row < end; i++, row++)
            {
                SeedOffering offering;
                do
                {
                    offering = site.Offerings[random.Next(site.Offerings.Count)];
                }
                while (!taken.Add(offering.Id));
                yield return Registration(row, person, offering, postcode, birthYear, sex);
            }
        }
    }

    private SeedRegistration Registration(long row, long person, SeedOffering offering, string? postcode, int? birthYear, Sex? sex)
    {
        var status = random.NextDouble() switch
        {
            < 0.72 => RegistrationStatus.Confirmed,
            < 0.80 => RegistrationStatus.Waitlisted,
            < 0.82 => RegistrationStatus.Offered,
            < 0.95 => RegistrationStatus.Cancelled,
            _ => RegistrationStatus.Expired,
        };
        // Dated offerings: registered up to two months before the start; undated ones (counselling) over the last two years.
        var created = offering.FirstSessionStart is { } start
            ? start.AddMinutes(-random.Next(60, 60 * 24 * 60)) : now.AddMinutes(-random.Next(60, 60 * 24 * 730));
        if (created > now)
        {
            created = now.AddMinutes(-random.Next(1, 60 * 24 * 14));
        }
        var recorded = status == RegistrationStatus.Confirmed && offering.FirstSessionId is not null && random.NextDouble() < 0.75;
        return new SeedRegistration(IdOf(row), offering.Id, person, postcode, birthYear, sex, status, 1_000_000_000L + row,
            created, recorded ? offering.FirstSessionId : null, recorded && random.NextDouble() < 0.8);
    }

    private SeedReachSite PickSite()
    {
        var target = random.NextDouble() * totalWeight;
        foreach (var site in sites)
        {
            target -= site.Weight;
            if (target <= 0)
            {
                return site;
            }
        }
        return sites[^1];
    }

    /// <summary>A few postcodes (the districts with the offerings and the need) hold most residents.</summary>
    private int Skewed(int count) => (int)(count * Math.Pow(random.NextDouble(), 2));

    private int Age() => random.NextDouble() switch
    {
        < 0.08 => random.Next(0, 6),
        < 0.20 => random.Next(6, 18),
        < 0.78 => random.Next(18, 65),
        _ => random.Next(65, 95),
    };

    /// <summary>A version 7 shape from the row number: ids sort in load order (cheap primary key inserts) and repeat run to run.</summary>
    public static Guid IdOf(long row)
    {
        Span<byte> bytes = stackalloc byte[16];
        bytes.Clear();
        var value = 0x0190_0000_0000L + row;
        for (var i = 5; i >= 0; i--, value >>= 8)
        {
            bytes[i] = (byte)value;
        }
        bytes[6] = 0x70;
        bytes[8] = 0x80;
        bytes[15] = 0x21;
        return new Guid(bytes, bigEndian: true);
    }
}
