using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Organisations;

namespace Lebenswelten.Benchmarks.Catalogue;

/// <summary>What the faker needs to know of one site.</summary>
internal sealed record SeedSite(Site Site, IReadOnlyList<District> Districts, IReadOnlyList<Organisation> Providers,
    IReadOnlyList<PostcodeCentroid> Postcodes);

/// <summary>Published offerings with varied filters and 1–10 weekly sessions within the next six months; seeded, so every run is alike.</summary>
internal sealed class OfferingFaker(int seed, DateTimeOffset now)
{
    private static readonly OfferingCategory[] Categories = Enum.GetValues<OfferingCategory>();
    private static readonly OfferingKind[] Kinds = Enum.GetValues<OfferingKind>();

    private readonly Random _random = new(seed);
    private readonly DateOnly _today = BerlinTime.LocalDate(now);

    /// <param name="fill">false: no places taken (the registration rush's offerings start empty).</param>
    public Offering Next(SeedSite site, bool fill = true)
    {
        // Exercise is the most common category (about 40 %), the others share the rest.
        var category = _random.Next(3) == 0 ? OfferingCategory.Exercise : Pick(Categories);
        var topic = Pick(SampleWords.Topics[category]);
        var district = _random.Next(10) == 0 ? null : Pick(site.Districts);
        var provider = Pick(site.Providers);
        var postcode = Pick(site.Postcodes);
        var place = district?.Name ?? site.Site.Name;
        var offering = new Offering
        {
            SiteId = site.Site.Id, OrganisationId = provider.Id, Organisation = provider,
            Title = _random.Next(2) == 0 ? $"{topic} in {place}" : topic,
            Description = $"{topic}: {Pick(SampleWords.Openers)}\n\n- {Pick(SampleWords.Details)}\n- {Pick(SampleWords.Details)}",
            Category = category, Kind = Pick(Kinds), TargetGroups = Groups(), Languages = Languages(), Accessibility = Accessibility(),
            Venue = new Venue
            {
                Name = $"{Pick(SampleWords.VenueKinds)} {place}", Street = $"{Pick(SampleWords.Streets)} {_random.Next(1, 120)}",
                PostalCode = postcode.Postcode, City = site.Site.Name,
            },
            DistrictId = district?.Id,
            Capacity = _random.Next(6, 31),
            PriceCents = _random.Next(100) < 55 ? 0 : _random.Next(1, 19) * 500,
            Status = OfferingStatus.Published, IsSampleData = true, CreatedAt = now, UpdatedAt = now,
        };
        if (_random.Next(20) != 0)
        {
            offering.Latitude = postcode.Latitude + (_random.NextDouble() - 0.5) * 0.03;
            offering.Longitude = postcode.Longitude + (_random.NextDouble() - 0.5) * 0.05;
        }
        if (fill)
        {
            Fill(offering);
        }
        OfferingSchedule.Replace(offering, Sessions());
        OfferingSearch.Refresh(offering, district?.Name);
        // The provider already exists; without the navigation, adding the offering will not add it again.
        offering.Organisation = null;
        return offering;
    }

    /// <summary>Places taken and people waiting, through the offering's own methods (no registrations: only the counts are read).</summary>
    private void Fill(Offering offering)
    {
        var taken = _random.Next(4) == 0 ? offering.Capacity : _random.Next(offering.Capacity);
        var waiting = taken == offering.Capacity ? _random.Next(6) : 0;
        for (var i = 0; i < taken; i++)
        {
            offering.TakePlace();
        }
        for (var i = 0; i < waiting; i++)
        {
            offering.JoinWaitingList();
        }
    }

    private List<SessionInput> Sessions()
    {
        var count = _random.Next(1, 11);
        var first = _today.AddDays(_random.Next(1, 183 - 7 * (count - 1)));
        var start = new TimeOnly(_random.Next(8, 20), _random.Next(2) * 30);
        var end = start.AddMinutes(_random.Next(2, 5) * 30);
        return Enumerable.Range(0, count).Select(week => new SessionInput(first.AddDays(7 * week), start, end)).ToList();
    }

    private TargetGroups Groups()
    {
        var groups = Pick(SampleWords.Groups);
        return _random.Next(3) == 0 ? groups | Pick(SampleWords.Groups) : groups;
    }

    private List<string> Languages() => _random.Next(10) switch
    {
        < 7 => ["de"],
        < 9 => ["de", Pick(SampleWords.OtherLanguages)],
        _ => ["de", "en", Pick(SampleWords.OtherLanguages[1..])],
    };

    private AccessibilityFeatures Accessibility() =>
        Enum.GetValues<AccessibilityFeatures>().Where(f => f != AccessibilityFeatures.None && _random.Next(3) == 0)
            .Aggregate(AccessibilityFeatures.None, (all, f) => all | f);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
