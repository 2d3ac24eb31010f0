using Lebenswelten.Core.Network;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Network.Documents;

namespace Lebenswelten.Core.Demo;

/// <summary>
/// The demo sites' networks and agreements (<see cref="DemoPartnerships"/>). Gera's "Gesunde Kommune" is real (seed 003):
/// coordinated by the health office, moderated by AGETHUR, with actors from insurers, administration, sport, medicine,
/// care, education, childcare and business; the actors the seed names without a name are sample data, as are every
/// contact person, meeting and task. AOK PLUS is one insurer at all five sites (its IK).
/// </summary>
public static class DemoNetwork
{
    /// <summary>AOK PLUS's institution code (Institutionskennzeichen).</summary>
    public const string AokPlusIk = "107299005";

    public static void Add(LebensweltenDbContext db, string slug, Guid siteId, List<Organisation> organisations, DateTimeOffset now)
    {
        Organisation Org(string part) => organisations.First(o => o.Name.Contains(part, StringComparison.Ordinal));
        LinkAokPlus(db, Org("AOK PLUS"));
        var today = BerlinTime.LocalDate(now);
        switch (slug)
        {
            case "gera":
                organisations.AddRange(GeraActors(db, siteId));
                var gera = Network(db, siteId, now, "Gesunde Kommune Gera", isSample: false,
                    "Kommunales Netzwerk für Gesundheitsförderung und Prävention: eine Präventionskette und lebenslauforientierte " +
                    "Gesundheitsstrategien für Gera (ISEK Gera 2030). Kooperationspartner beim Aufbau ist die AGETHUR.",
                    "Im Netzwerk „Gesunde Kommune“ wünscht sich die Stadtverwaltung Gera engagierte Partnerinnen und Partner: aus " +
                    "Krankenkassen, öffentlichen Verwaltungen, Sportgremien, der medizinischen Versorgung, aus Pflege-, Bildungs- und " +
                    "Kindereinrichtungen und aus der Wirtschaft.",
                    (Org("Stadt Gera"), NetworkRole.Coordinator), (Org("AGETHUR"), NetworkRole.Moderator), (Org("AOK PLUS"),
                        NetworkRole.Member),
                    (Org("Jobcenter Gera"), NetworkRole.Member), (Org("Hausarztpraxis"), NetworkRole.Member), (Org("Pflegedienst"),
                        NetworkRole.Member),
                    (Org("Kita Bieblach"), NetworkRole.Member), (Org("Regelschule"), NetworkRole.Member), (Org("Stadtsportbund"),
                        NetworkRole.Member),
                    (Org("Unternehmerinnen"), NetworkRole.Member));
                var coordination = Contact(db, Org("Stadt Gera"), "Netzwerkkoordination Gesundheit (Beispiel)", "Koordination",
                    "netzwerk@gera.demo", now);
                Contact(db, Org("AGETHUR"), "Moderation AGETHUR (Beispiel)", "Moderation", "moderation@gera.demo", now);
                Meetings(db, gera, coordination, now, today);
                break;
            case "chemnitz":
                var chemnitz = Network(db, siteId, now, "Gesundheitsziele Chemnitz (Beispiel)", isSample: true,
                    "Netzwerk zur Umsetzung der kommunalen Gesundheitsziele der Stadt Chemnitz (Beispieldaten).", null,
                    (Org("Stadt Chemnitz"), NetworkRole.Coordinator), (Org("AOK PLUS"), NetworkRole.Member), (Org("NINERS"),
                        NetworkRole.Member));
                db.WorkingGroups.Add(new WorkingGroup
                {
                    NetworkId = chemnitz.Id, Name = "Arbeitsgemeinschaft Gesundes Chemnitz", StartedOn = new(2018, 9, 1),
                    Mandate = "Berät beim Aufbau von Netzwerken und Strukturen; richtet die Maßnahmen langfristig auf " +
                    "die Gesundheitsziele " +
                        "der Stadt Chemnitz aus (Präventionsgesetz).",
                    Members = [new() { OrganisationId = Org("Stadt Chemnitz").Id }, new() { OrganisationId = Org("AOK PLUS").Id }],
                });
                break;
            case "leipzig":
                Network(db, siteId, now, "Netzwerk Gesundheitsförderung bei Arbeitslosen", isSample: false,
                    "Jobcenter Leipzig und die gesetzlichen Krankenkassen verzahnen Arbeits- und Gesundheitsförderung, im bundesweiten " +
                    "Modellprojekt, das die BZgA koordiniert.", null,
                    (Org("Jobcenter Leipzig"), NetworkRole.Coordinator), (Org("AOK PLUS"), NetworkRole.Member),
                    (Org("Stadt Leipzig"), NetworkRole.Member), (Org("Bundeszentrale"), NetworkRole.Member));
                break;
            case "jena":
                var jena = Network(db, siteId, now, "Gesundheitsnetz Smartes Quartier (Beispiel)", isSample: true,
                    "Partner im Smarten Quartier Jena-Lobeda stimmen ihre Gesundheitsangebote für die Mieterinnen und " +
                    "Mieter ab (Beispieldaten).", null,
                    (Org("Stadtwerke Jena"), NetworkRole.Coordinator), (Org("AOK PLUS"), NetworkRole.Member), (Org("jenawohnen"),
                        NetworkRole.Member),
                    (Org("Sportverein Lobeda"), NetworkRole.Member));
                var quarter = Contact(db, Org("Stadtwerke Jena"), "Projektleitung Gesundheit (Beispiel)", "Projektleitung",
                    "quartier@jena.demo", now);
                Meetings(db, jena, quarter, now, today);
                break;
        }
        DemoPartnerships.Add(db, slug, siteId, Org, now);
    }

    /// <summary>The actors seed 003 asks for that the site had none of: sport, business and a school (sample data).</summary>
    private static IEnumerable<Organisation> GeraActors(LebensweltenDbContext db, Guid siteId)
    {
        Organisation[] added =
        [
            new() { SiteId = siteId, Name = "Stadtsportbund Gera (Beispiel)", Kind = OrganisationKind.SportsClub, IsSampleData = true,
                Address = new() { PostalCode = "07548", City = "Gera" }, FieldsOfWork =
                    FieldsOfAction.GrowingUpHealthy | FieldsOfAction.AgeingHealthy },
            new() { SiteId = siteId, Name = "Unternehmerinnen und Unternehmer Ostthüringen (Beispiel)", Kind = OrganisationKind.Business,
                IsSampleData = true, Address = new() { PostalCode = "07545", City = "Gera" }, FieldsOfWork =
                    FieldsOfAction.LivingAndWorkingHealthy },
            new() { SiteId = siteId, Name = "Staatliche Regelschule Lusan (Beispiel)", Kind = OrganisationKind.KitaOrSchool,
                IsSampleData = true,
                Address = new() { PostalCode = "07549", City = "Gera" }, FieldsOfWork = FieldsOfAction.GrowingUpHealthy },
        ];
        db.Organisations.AddRange(added);
        return added;
    }

    private static void LinkAokPlus(LebensweltenDbContext db, Organisation aok)
    {
        var identity = db.OrganisationIdentities.Local.FirstOrDefault(i => i.Ik == AokPlusIk);
        if (identity is null)
        {
            identity = new OrganisationIdentity { Name = "AOK PLUS – Die Gesundheitskasse für Sachsen und Thüringen", Ik = AokPlusIk };
            db.OrganisationIdentities.Add(identity);
        }
        aok.IdentityId = identity.Id;
    }

    private static HealthNetwork Network(LebensweltenDbContext db, Guid siteId, DateTimeOffset now, string name, bool isSample,
        string description,
        string? openCall, params (Organisation Organisation, NetworkRole Role)[] members)
    {
        var network = new HealthNetwork
        {
            SiteId = siteId, Name = name, Description = description, OpenCall = openCall is not null, OpenCallText = openCall,
            CreatedAt = now, IsSampleData = isSample,
        };
        db.HealthNetworks.Add(network);
        foreach (var (organisation, role) in members)
        {
            db.NetworkMemberships.Add(new NetworkMembership { NetworkId = network.Id, OrganisationId = organisation.Id, Role = role,
                JoinedOn = new(2023, 3, 1) });
        }
        return network;
    }

    private static ContactPerson Contact(LebensweltenDbContext db, Organisation organisation, string name, string function, string email,
        DateTimeOffset now)
    {
        var contact = new ContactPerson
        {
            SiteId = organisation.SiteId, OrganisationId = organisation.Id, Name = name, Function = function, Email = email,
            ConsentGivenAt = now, ConsentVersion = ContactPerson.ConsentTextVersion, ConsentSource = ConsentSource.Self, IsSampleData =
                true,
        };
        db.ContactPersons.Add(contact);
        return contact;
    }

    /// <summary>A meeting held a month ago (minutes, a decision, an open task, the minutes as PDF) and one in three weeks.</summary>
    private static void Meetings(LebensweltenDbContext db, HealthNetwork network, ContactPerson owner, DateTimeOffset now, DateOnly today)
    {
        var held = new Meeting
        {
            SiteId = network.SiteId, NetworkId = network.Id, Title = "Netzwerktreffen: Präventionskette (Beispiel)", IsSampleData = true,
            StartsAt = BerlinTime.ToUtc(today.AddDays(-30), new TimeOnly(14, 0)), EndsAt = BerlinTime.ToUtc(today.AddDays(-30),
                new TimeOnly(16, 0)),
            Place = "Rathaus, Sitzungssaal", Agenda = ["Begrüßung und Vorstellungsrunde",
                "Bestandsaufnahme: Angebote entlang des Lebenslaufs", "Nächste Schritte"],
            Minutes = "## Ergebnisse\n\n- Angebote für **Kinder und Familien** sind gut vertreten.\n- Lücken bei " +
            "Angeboten *im Alter*.\n\n" +
                "Beispieldaten: dieses Protokoll ist erfunden.",
            Decisions = ["Eine Übersicht der Angebote entlang des Lebenslaufs wird erstellt."], CreatedAt = now,
        };
        db.Meetings.Add(held);
        db.ActionItems.Add(new ActionItem
        {
            SiteId = network.SiteId, NetworkId = network.Id, MeetingId = held.Id, Title =
                "Übersicht der Angebote entlang des Lebenslaufs entwerfen",
            OwnerContactId = owner.Id, DueOn = today.AddDays(-3), CreatedAt = now, IsSampleData = true,
        });
        var minutes = DemoPdf.WithText("Protokoll Netzwerktreffen (Beispieldaten)");
        var document = new NetworkDocument
        {
            SiteId = network.SiteId, MeetingId = held.Id, Title = "Protokoll (Beispiel)", FileName = "protokoll-beispiel.pdf",
            ContentType = "application/pdf", SizeBytes = minutes.Length, Sha256 =
                Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(minutes)),
            Storage = DocumentStorage.Database, UploadedAt = now, IsSampleData = true,
        };
        db.NetworkDocuments.Add(document);
        db.DocumentContents.Add(new DocumentContent { DocumentId = document.Id, Bytes = minutes });
        db.Meetings.Add(new Meeting
        {
            SiteId = network.SiteId, NetworkId = network.Id, Title = "Netzwerktreffen: Gesund im Alter (Beispiel)", IsSampleData = true,
            StartsAt = BerlinTime.ToUtc(today.AddDays(21), new TimeOnly(14, 0)), EndsAt = BerlinTime.ToUtc(today.AddDays(21),
                new TimeOnly(16, 0)),
            Place = "Rathaus, Sitzungssaal", VideoLink = "https://meet.jit.si/lebenswelten-beispiel",
            Agenda = ["Bericht aus der Arbeitsgruppe", "Angebote für ältere Menschen"], CreatedAt = now,
        });
    }
}
