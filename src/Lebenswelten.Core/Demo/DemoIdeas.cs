using Lebenswelten.Core.Ideas;
using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Core.Demo;

/// <summary>
/// Five ideas of Lobeda's tenants (seed 000: Stadtwerke Jena and AOK PLUS want to ask the tenants what they wish for), one
/// in each state: waiting, published, planned with the new offering it led to, under consideration, not possible. The
/// ideas, their supports (anonymous) and the Russian yoga course are sample data ("Beispieldaten").
/// </summary>
public static class DemoIdeas
{
    public static async Task AddAsync(LebensweltenDbContext db, string siteSlug, Guid siteId, DateTimeOffset now, CancellationToken ct)
    {
        if (siteSlug != "jena")
        {
            return;
        }
        var resident = await db.Users.Where(u => u.Email == "resident@jena.demo").Select(u => u.Id).SingleOrDefaultAsync(ct);
        var districts = await db.Districts.Where(d => d.SiteId == siteId).ToListAsync(ct);
        Guid? District(string name) => districts.FirstOrDefault(d => d.Name == name)?.Id;
        var club = await db.Organisations.FirstAsync(o => o.SiteId == siteId && o.Name == "Sportverein Lobeda (Beispiel)", ct);
        var yoga = new Offering
        {
            SiteId = siteId, OrganisationId = club.Id, Title = "Йога по-русски – Yoga auf Russisch (Beispiel)",
            Description = "Sanftes Yoga auf Russisch, samstags am Vormittag. Entstanden aus einer Idee von Mieterinnen aus Lobeda.",
            Category = OfferingCategory.Exercise, Kind = OfferingKind.Course, TargetGroups = TargetGroups.Tenants, Languages = ["ru", "de"],
            Venue = new Venue { Name = "Stadtteilzentrum LISA", Street = "Karl-Marx-Allee 28", PostalCode = "07747", City = "Jena" },
            DistrictId = District("Neulobeda"), Latitude = 50.8866, Longitude = 11.6090, Capacity = 12,
            Status = OfferingStatus.Published, IsSampleData = true, CreatedAt = now, UpdatedAt = now,
        };
        var saturday = BerlinTime.LocalDate(now).AddDays(14);
        saturday = saturday.AddDays(((int)DayOfWeek.Saturday - (int)saturday.DayOfWeek + 7) % 7);
        OfferingSchedule.Replace(yoga, Enumerable.Range(0, 8).Select(w => new SessionInput(saturday.AddDays(7 * w), new(10, 0), new(11, 0))).ToList());
        OfferingSearch.Refresh(yoga, "Neulobeda");
        db.Offerings.Add(yoga);

        Idea New(string title, string text, string? district, TargetGroups groups, int daysAgo) => new()
        {
            SiteId = siteId, Title = title, Text = text, DistrictId = district is null ? null : District(district), TargetGroups = groups,
            AuthorUserId = resident, ProposedAt = now.AddDays(-daysAgo), IsSampleData = true,
        };
        var waiting = New("Gemeinschaftsgarten hinter der Ziegesarstraße", "Eine Ecke zum Gärtnern für alle Mieter, mit Hochbeeten.",
            "Neulobeda", TargetGroups.Tenants, 2);
        var published = New("Eine Bankroute durch Lobeda-West", "Alle 300 Meter eine Bank, damit Ältere mit Pausen zum Einkaufen laufen können.",
            null, TargetGroups.OlderPeople, 40);
        published.Publish(now.AddDays(-38));
        var planned = New("Yoga auf Russisch am Samstagvormittag", "Viele von uns sprechen Russisch besser als Deutsch. Yoga am Wochenende wäre schön.",
            "Neulobeda", TargetGroups.Tenants, 60);
        planned.Publish(now.AddDays(-58));
        planned.Respond(IdeaAnswerKind.UnderConsideration, "Wir suchen eine Trainerin.", null, null, now.AddDays(-45));
        planned.Respond(IdeaAnswerKind.Planned, "Der Sportverein Lobeda bietet den Kurs ab Samstag an.", yoga.Id, null, now.AddDays(-10));
        var considered = New("Sprechstunde der Hebamme im Quartiersbüro", "Junge Familien brauchen eine Hebamme in der Nähe.",
            null, TargetGroups.Families, 30);
        considered.Publish(now.AddDays(-29));
        considered.Respond(IdeaAnswerKind.UnderConsideration, "Wir sprechen mit der Hebammenpraxis in Lobeda.", null, null, now.AddDays(-20));
        var impossible = New("Schwimmbad im Keller", "Ein kleines Schwimmbad im Keller von Haus 13.", null, TargetGroups.Everyone, 50);
        impossible.Publish(now.AddDays(-49));
        impossible.Respond(IdeaAnswerKind.NotPossible, "Die Keller tragen kein Becken. Der Schwimmkurs im Lobeda-Bad ist eine Alternative.",
            null, null, now.AddDays(-40));
        db.Ideas.AddRange(waiting, published, planned, considered, impossible);
        foreach (var (idea, count) in new[] { (published, 14), (planned, 23), (considered, 9), (impossible, 6) })
        {
            db.IdeaSupports.AddRange(Enumerable.Range(1, count).Select(i => new IdeaSupport { IdeaId = idea.Id, UserId = null, At = now.AddDays(-i % 20) }));
        }
        await db.SaveChangesAsync(ct);
    }
}
