using System.Globalization;
using CsvHelper;
using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Demo;

/// <summary>
/// Needs data of a demo site: Leipzig's real residents 2000–2023, Gera's age structure (sample), and sample indicator values
/// for 2019–2023 (marked as sample data), a need index over them and one health goal.
/// </summary>
public static class DemoNeeds
{
    public const int FirstYear = 2019;
    public const int LastYear = 2023;

    public static void Add(LebensweltenDbContext db, string siteSlug, Guid siteId, IReadOnlyList<District> districts, DateTimeOffset now)
    {
        if (siteSlug == "leipzig")
        {
            AddLeipzigResidents(db, districts);
            db.Sites.Find(siteId)!.PopulationSource = "Stadt Leipzig, Amt für Statistik und Wahlen";
        }
        if (siteSlug == "gera")
        {
            AddSampleAgeStructure(db, districts);
        }
        foreach (var demo in DemoIndicators.For(siteSlug))
        {
            var indicator = new Indicator
            {
                SiteId = siteId, Key = demo.Key, Name = demo.Name, Topic = demo.Topic, Description = demo.Description,
                Source = "Beispieldaten (generiert)", Kind = demo.Kind, Direction = demo.Direction, NeedWeight = demo.Weight,
                IsSampleData = true,
            };
            db.Indicators.Add(indicator);
            foreach (var district in districts)
            {
                for (var year = FirstYear; year <= LastYear; year++)
                {
                    db.IndicatorValues.Add(Value(demo, indicator.Id, district, year, now));
                }
            }
        }
        if (DemoIndicators.For(siteSlug) is [var first, ..])
        {
            var indicator = db.Indicators.Local.Single(i => i.SiteId == siteId && i.Key == first.Key);
            db.HealthGoals.Add(new HealthGoal
            {
                SiteId = siteId, Text = $"{first.Name} bis 2030 um ein Fünftel senken", IndicatorId = indicator.Id,
                BaselineYear = FirstYear, BaselineValue = Math.Round((first.Low + first.High) / 2, 1),
                TargetYear = 2030, TargetValue = Math.Round((first.Low + first.High) / 2 * 0.8, 1), IsSampleData = true,
            });
        }
    }

    // A district keeps its place in the range over the years (need is sticky), with a small yearly drift.
    private static IndicatorValue Value(DemoIndicator demo, Guid indicatorId, District district, int year, DateTimeOffset now)
    {
        var place = DemoDistricts.StableHash(demo.Key + district.Name) % 1000 / 1000.0;
        var drift = (DemoDistricts.StableHash($"{demo.Key}{district.Name}{year}") % 100 / 100.0 - 0.5) * 0.06;
        var share = Math.Clamp(place + drift - (year - FirstYear) * 0.01, 0, 1);
        var rate = demo.Low + share * (demo.High - demo.Low);
        var value = new IndicatorValue
        {
            IndicatorId = indicatorId, DistrictId = district.Id, Year = year, Value = Math.Round(rate, 1),
            IsSampleData = true, ChangedAt = now, ChangedBy = "seed-demo",
        };
        if (demo.Kind == IndicatorKind.Ratio)
        {
            // School-entry cohorts are about 0.9 % of the residents; small districts fall under the small-number rule.
            var children = Math.Max(8, (int)((district.Population ?? 2000) * 0.009));
            var cases = (int)Math.Round(children * rate / 100);
            (value.Numerator, value.Denominator, value.Value) = (cases, children, Math.Round(100.0 * cases / children, 2));
        }
        return value;
    }

    // Gera's age structure (sample data): an old city, with a district's share of 65+ varying around a quarter.
    private static void AddSampleAgeStructure(LebensweltenDbContext db, IReadOnlyList<District> districts)
    {
        foreach (var district in districts.Where(d => d.Population is > 0))
        {
            var older = 0.20 + DemoDistricts.StableHash("65+" + district.Name) % 100 / 100.0 * 0.14;
            var shares = new[] { ("0-5", 0.05), ("6-17", 0.11), ("18-64", 0.84 - older), ("65+", older) };
            foreach (var (band, share) in shares)
            {
                var residents = (int)Math.Round(district.Population!.Value * share);
                var women = (int)Math.Round(residents * (band == "65+" ? 0.57 : 0.49));
                db.DistrictPopulations.AddRange(
                    new DistrictPopulation
                    {
                        DistrictId = district.Id, Year = DemoDistricts.SamplePopulationYear, AgeBand = band, Sex = "f",
                        Residents = women, IsSampleData = true,
                    },
                    new DistrictPopulation
                    {
                        DistrictId = district.Id, Year = DemoDistricts.SamplePopulationYear, AgeBand = band, Sex = "m",
                        Residents = residents - women, IsSampleData = true,
                    });
            }
        }
    }

    private static void AddLeipzigResidents(LebensweltenDbContext db, IReadOnlyList<District> districts)
    {
        using var stream = typeof(DemoNeeds).Assembly.GetManifestResourceStream("districts/leipzig_einwohner_ortsteile_2000-2023.csv")
            ?? throw new InvalidOperationException("The Leipzig residents CSV is not embedded.");
        using var csv = new CsvReader(new StreamReader(stream), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var years = csv.HeaderRecord!.Skip(1).Select(int.Parse).ToArray();
        while (csv.Read())
        {
            if (districts.FirstOrDefault(d => d.Name == csv.GetField(0)) is not { } district)
            {
                continue;
            }
            for (var i = 0; i < years.Length; i++)
            {
                if (csv.TryGetField<int>(i + 1, out var residents))
                {
                    db.DistrictPopulations.Add(new DistrictPopulation { DistrictId = district.Id, Year = years[i], Residents = residents });
                }
            }
        }
    }
}
