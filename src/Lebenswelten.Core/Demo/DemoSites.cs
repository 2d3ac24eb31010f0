using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Organisations;

namespace Lebenswelten.Core.Demo;

public sealed record DemoOrganisation(
    string Name, OrganisationKind Kind, string? Street, string PostalCode, string City,
    bool IsSample = false, SiteRole? ActsFor = null, string? Website = null);

public sealed record DemoSite(
    string Slug, string Name, string State, string Ags, string Description,
    string ContactName, string ContactEmail, IReadOnlyList<DemoOrganisation> Organisations);

/// <summary>
/// The five demo sites, drawn from the press releases in shared/seeds. Organisations named there are real;
/// those marked <c>IsSample</c> are invented so that every role has someone to act for.
/// </summary>
public static class DemoSites
{
    private static readonly DemoOrganisation AokPlus =
        new("AOK PLUS – Die Gesundheitskasse für Sachsen und Thüringen", OrganisationKind.Insurer,
            "Sternplatz 7", "01067", "Dresden", ActsFor: SiteRole.InsurerOfficer, Website: "https://www.aok.de/pk/plus/");

    public static IReadOnlyList<DemoSite> All { get; } =
    [
        new("jena", "Jena", "Thüringen", "16053000",
            "Smartes Quartier Jena-Lobeda: Stadtwerke Jena und AOK PLUS bringen Gesundheitsangebote zu den Mieterinnen " +
            "und Mietern – Ernährungsberatung, kostenlose Sport-Schnupperkurse und ein Telemedizinraum für Videosprechstunden.",
            "Projektleitung Gesundheit, Smartes Quartier", "quartier@jena.demo",
            [
                AokPlus,
                new("Stadtwerke Jena GmbH", OrganisationKind.HousingCompany, "Rudolstädter Straße 39", "07745", "Jena",
                    ActsFor: SiteRole.Coordinator),
                new("jenawohnen GmbH", OrganisationKind.HousingCompany, "Ziegesarstraße 9", "07747", "Jena"),
                new("Stadt Jena", OrganisationKind.Municipality, "Am Anger 15", "07743", "Jena"),
                new("Jobcenter Jena", OrganisationKind.Jobcenter, null, "07743", "Jena", ActsFor: SiteRole.JobcenterCounsellor),
                new("Hausarztpraxis am Quartier (Beispiel)", OrganisationKind.Practice, "Ziegesarstraße 15", "07747", "Jena",
                    IsSample: true, ActsFor: SiteRole.Practice),
                new("Sportverein Lobeda (Beispiel)", OrganisationKind.SportsClub, null, "07747", "Jena",
                    IsSample: true, ActsFor: SiteRole.Provider),
            ]),
        new("weimar", "Weimar", "Thüringen", "16055000",
            "Kommunale Gesundheitspartnerschaft zwischen AOK PLUS und Stadt Weimar: gezielte Projekte für Kinder und " +
            "Jugendliche in schwierigen Lebenslagen, ausgehend von den Schuleingangsuntersuchungen und der Präventionskette.",
            "Koordination Gesundheitspartnerschaft", "gesundheit@weimar.demo",
            [
                AokPlus,
                new("Stadt Weimar", OrganisationKind.Municipality, "Schwanseestraße 17", "99423", "Weimar",
                    ActsFor: SiteRole.Coordinator),
                new("Jobcenter Weimar", OrganisationKind.Jobcenter, null, "99423", "Weimar", ActsFor: SiteRole.JobcenterCounsellor),
                new("Kinderarztpraxis Weimar-West (Beispiel)", OrganisationKind.Practice, null, "99427", "Weimar",
                    IsSample: true, ActsFor: SiteRole.Practice),
                new("Familienzentrum Weimar-Nord (Beispiel)", OrganisationKind.Other, null, "99427", "Weimar",
                    IsSample: true, ActsFor: SiteRole.Provider),
            ]),
        new("chemnitz", "Chemnitz", "Sachsen", "14511000",
            "„Chemnitz bewegt sich“: Gesundheitspartnerschaft von AOK PLUS und Stadt Chemnitz mit einem Bewegungsangebot " +
            "für Väter und ihre Kinder gemeinsam mit den NINERS Chemnitz und der Arbeitsgemeinschaft „Gesundes Chemnitz“.",
            "Gesundheitsamt, Arbeitsgemeinschaft Gesundes Chemnitz", "gesundheitsamt@chemnitz.demo",
            [
                AokPlus,
                new("Stadt Chemnitz – Gesundheitsamt", OrganisationKind.Municipality, "Markt 1", "09111", "Chemnitz",
                    ActsFor: SiteRole.Coordinator),
                new("NINERS Chemnitz", OrganisationKind.SportsClub, null, "09111", "Chemnitz",
                    ActsFor: SiteRole.Provider),
                new("Jobcenter Chemnitz", OrganisationKind.Jobcenter, null, "09111", "Chemnitz", ActsFor: SiteRole.JobcenterCounsellor),
                new("Allgemeinmedizin Sonnenberg (Beispiel)", OrganisationKind.Practice, null, "09130", "Chemnitz",
                    IsSample: true, ActsFor: SiteRole.Practice),
            ]),
        new("gera", "Gera", "Thüringen", "16052000",
            "Kommunales Netzwerk „Gesunde Kommune“: Akteure aus Krankenkassen, Verwaltung, Sport, Medizin, Pflege, Bildung, " +
            "Kinderbetreuung und Wirtschaft entwickeln lebenslauforientierte Gesundheitsstrategien, moderiert von der AGETHUR.",
            "Amt für Gesundheit und Versorgung", "gesundheit@gera.demo",
            [
                AokPlus,
                new("Stadt Gera – Amt für Gesundheit und Versorgung", OrganisationKind.Municipality, "Kornmarkt 12", "07545", "Gera",
                    ActsFor: SiteRole.Coordinator),
                new("AGETHUR – Landesvereinigung für Gesundheitsförderung Thüringen e.V.", OrganisationKind.StateAssociation,
                    "Carl-August-Allee 9", "99423", "Weimar", Website: "https://www.agethur.de/"),
                new("Jobcenter Gera", OrganisationKind.Jobcenter, null, "07545", "Gera", ActsFor: SiteRole.JobcenterCounsellor),
                new("Pflegedienst Lusan (Beispiel)", OrganisationKind.Care, null, "07549", "Gera", IsSample: true),
                new("Kita Bieblach (Beispiel)", OrganisationKind.KitaOrSchool, null, "07546", "Gera", IsSample: true,
                    ActsFor: SiteRole.Provider),
                new("Hausarztpraxis Innenstadt (Beispiel)", OrganisationKind.Practice, null, "07545", "Gera",
                    IsSample: true, ActsFor: SiteRole.Practice),
            ]),
        new("leipzig", "Leipzig", "Sachsen", "14713000",
            "Jobcenter Leipzig und die gesetzlichen Krankenkassen verzahnen Arbeits- und Gesundheitsförderung: " +
            "Gesundheitsangebote für arbeitslose Menschen, freiwillig und vertraulich, bundesweit evaluiert.",
            "Netzwerk Gesundheitsförderung bei Arbeitslosen", "netzwerk@leipzig.demo",
            [
                AokPlus,
                new("Jobcenter Leipzig", OrganisationKind.Jobcenter, "Georg-Schumann-Straße 150", "04159", "Leipzig",
                    ActsFor: SiteRole.JobcenterCounsellor),
                new("Stadt Leipzig – Gesundheitsamt", OrganisationKind.Municipality, "Friedrich-Ebert-Straße 19a", "04109", "Leipzig",
                    ActsFor: SiteRole.Coordinator),
                new("Bundeszentrale für gesundheitliche Aufklärung (BZgA)", OrganisationKind.FederalAgency,
                    "Maarweg 149–161", "50825", "Köln"),
                new("Bewegungstreff Grünau (Beispiel)", OrganisationKind.SportsClub, null, "04209", "Leipzig",
                    IsSample: true, ActsFor: SiteRole.Provider),
                new("Psychotherapeutische Praxis Connewitz (Beispiel)", OrganisationKind.Practice, null, "04277", "Leipzig",
                    IsSample: true, ActsFor: SiteRole.Practice),
            ]),
    ];
}
