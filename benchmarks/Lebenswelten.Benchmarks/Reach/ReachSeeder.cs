using Lebenswelten.Benchmarks.Http;
using Lebenswelten.Benchmarks.Infrastructure;
using Lebenswelten.Core.Demo;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace Lebenswelten.Benchmarks.Reach;

/// <summary>
/// Step "reach-seed" of benchmarks/reach.sh: grows the registrations of the run's database (its catalogue offerings)
/// from <c>--from</c> to <c>--to</c> (100,000, 1,000,000, 10,000,000), and on the first step adds the evaluator account
/// the dashboards are read with. Prints one tab-separated line: seconds to generate and copy, to build the indexes again,
/// to analyse, and the table sizes.
/// </summary>
internal static class ReachSeeder
{
    public const string EvaluatorEmail = "auswertung@reach.example";
    public const string EvaluatorPassword = "Reichweite-Benchmark-2026";
    /// <summary>The authenticator key of the evaluator (base32): the login step computes its codes.</summary>
    public const string EvaluatorSecret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    public static async Task<int> RunAsync(Arguments args)
    {
        var database = BenchmarkDatabase.Open(DatabaseProvider.Postgres, args.Text("database"));
        var from = long.Parse(args.Text("from"), System.Globalization.CultureInfo.InvariantCulture);
        var to = long.Parse(args.Text("to"), System.Globalization.CultureInfo.InvariantCulture);
        var now = TimeProvider.System.GetUtcNow();
        await using (database)
        {
            var sites = await LoadSitesAsync(database);
            if (from == 0)
            {
                await AddEvaluatorAsync(database, sites.Select(s => s.Id));
            }
            var people = new ReachPeople(sites, now, seed: (int)(2026 + from / 1000));
            var timing = await RegistrationLoad.RunAsync(database.Settings.ConnectionString, people.Registrations(from, to - from));
            await using var db = database.CreateContext();
            var registrations = await db.Registrations.LongCountAsync();
            var attendances = await db.Attendances.LongCountAsync();
            var size = await db.Database.SqlQueryRaw<long>("SELECT pg_total_relation_size('\"Registrations\"') AS \"Value\"").SingleAsync();
            Console.Error.WriteLine($"reach: {to:N0} seeded ({registrations:N0} registrations, {attendances:N0} attendances, " +
                $"{size / 1048576.0:N0} MB with indexes): drop {timing.DropSeconds:N1} s, copy {timing.CopySeconds:N1} s, " +
                $"indexes and keys {timing.IndexSeconds:N1} s, vacuum+analyze {timing.AnalyzeSeconds:N1} s");
            Console.WriteLine(string.Join('\t', timing.CopySeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture),
                timing.IndexSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture),
                timing.AnalyzeSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture),
                registrations, attendances, size / 1048576));
        }
        return 0;
    }

    private static async Task<List<SeedReachSite>> LoadSitesAsync(BenchmarkDatabase database)
    {
        await using var db = database.CreateContext();
        var sites = await db.Sites.AsNoTracking().OrderBy(s => s.Slug).ToListAsync();
        var offerings = await db.Offerings.AsNoTracking()
            .Where(o => o.Status == OfferingStatus.Published && !o.Title.StartsWith("Ansturm"))
            .OrderBy(o => o.Id).Select(o => new { o.Id, o.SiteId, o.FirstSessionStart }).ToListAsync();
        var firstSessions = new Dictionary<Guid, Guid>();
        await using (var connection = new NpgsqlConnection(database.Settings.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("""
                SELECT DISTINCT ON ("OfferingId") "OfferingId", "Id" FROM "OfferingSessions" ORDER BY "OfferingId", "StartsAt", "Id"
                """, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                firstSessions[reader.GetGuid(0)] = reader.GetGuid(1);
            }
        }
        var postcodes = CatalogueSeederPostcodes();
        return sites.Select((site, i) =>
        {
            var city = DemoSites.All.First(d => d.Ags == site.Ags).Name;
            return new SeedReachSite(site.Id, site.Slug,
                offerings.Where(o => o.SiteId == site.Id)
                    .Select(o => new SeedOffering(o.Id, o.FirstSessionStart, firstSessions.TryGetValue(o.Id, out var s) ? s : null)).ToList(),
                postcodes.Where(p => p.City == city).Select(p => p.Postcode).ToList(),
                // Sites differ in size: the biggest has four times the registrations of the smallest.
                Weight: 1 + 3.0 * ((i * 37) % sites.Count) / sites.Count);
        }).Where(s => s.Offerings.Count > 0).ToList();
    }

    private static List<PostcodeCentroid> CatalogueSeederPostcodes() => Catalogue.CatalogueSeeder.AllPostcodes();

    /// <summary>An evaluator at every site (a programme evaluator, seed 004): the one account that sees both dashboards.</summary>
    private static async Task AddEvaluatorAsync(BenchmarkDatabase database, IEnumerable<Guid> siteIds)
    {
        await using var db = database.CreateContext();
        if (await db.Users.AnyAsync(u => u.NormalizedUserName == EvaluatorEmail.ToUpperInvariant()))
        {
            return;
        }
        var user = new AppUser
        {
            UserName = EvaluatorEmail, NormalizedUserName = EvaluatorEmail.ToUpperInvariant(), Email = EvaluatorEmail,
            NormalizedEmail = EvaluatorEmail.ToUpperInvariant(), EmailConfirmed = true, TwoFactorEnabled = true,
            SecurityStamp = Guid.NewGuid().ToString("N"), DisplayName = "Reach benchmark evaluator",
        };
        user.PasswordHash = new PasswordHasher<AppUser>().HashPassword(user, EvaluatorPassword);
        db.Users.Add(user);
        db.UserTokens.Add(new IdentityUserToken<string>
        {
            UserId = user.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = EvaluatorSecret,
        });
        db.SiteRoleAssignments.AddRange(siteIds.Select(id => new SiteRoleAssignment { UserId = user.Id, SiteId = id, Role = SiteRole.Evaluator }));
        await db.SaveChangesAsync();
    }
}
