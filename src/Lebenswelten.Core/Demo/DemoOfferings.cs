using Lebenswelten.Core.Offerings;
using static Lebenswelten.Core.Offerings.OfferingCategory;
using static Lebenswelten.Core.Offerings.OfferingKind;
using static Lebenswelten.Core.Common.TargetGroups;

namespace Lebenswelten.Core.Demo;

/// <summary>A demo offering: weekly sessions starting some days after the seed, and how full it already is.</summary>
public sealed record DemoOffering(
    string Site, string Provider, string Title, string Description, OfferingCategory Category, OfferingKind Kind,
    TargetGroups Groups, string Venue, string Street, string PostalCode, string? District, double Latitude, double Longitude,
    DayOfWeek Day, TimeOnly Start, int Minutes, int Weeks, int StartsInDays, int Capacity,
    int Taken = 0, int Waiting = 0, int PriceCents = 0, bool Zpp = false, string[]? Languages = null,
    AccessibilityFeatures Accessibility = AccessibilityFeatures.None, int? MinAge = null, int? MaxAge = null);

/// <summary>
/// Offerings from the press releases (free trial courses and nutrition counselling in Jena-Lobeda, the NINERS
/// fathers-and-kids basketball in Chemnitz) and a few plausible ones elsewhere; all marked as sample data.
/// Some are full, with a waiting list, so the demo shows it.
/// </summary>
public static class DemoOfferings
{
    public static IReadOnlyList<DemoOffering> All { get; } =
    [
        new("jena", "Sportverein Lobeda (Beispiel)", "Schnupperkurs Rückenfit",
            "Kostenloser Schnupperkurs für Mieterinnen und Mieter in Lobeda: sanfte Übungen für einen starken Rücken.\n\n" +
            "- keine Vorkenntnisse nötig\n- bitte bequeme Kleidung und ein Handtuch mitbringen",
            Exercise, TrialCourse, Tenants | Everyone, "Stadtteilzentrum LISA", "Karl-Marx-Allee 28", "07747", "Neulobeda",
            50.8866, 11.6090, DayOfWeek.Tuesday, new(17, 0), 60, 4, 7, 12, Taken: 12, Waiting: 3, Zpp: true,
            Accessibility: AccessibilityFeatures.StepFree),
        new("jena", "Sportverein Lobeda (Beispiel)", "Schnupperkurs Zumba",
            "Tanzen, lachen, bewegen: vier kostenlose Probestunden für alle ab 16 Jahren.",
            Exercise, TrialCourse, Tenants | YoungPeople, "Turnhalle Lobeda-West", "Werner-Seelenbinder-Straße 2", "07747", "Neulobeda",
            50.8890, 11.5995, DayOfWeek.Thursday, new(18, 30), 60, 4, 9, 15, Taken: 6, MinAge: 16),
        new("jena", "Stadtwerke Jena GmbH", "Ernährungsberatung im Quartier",
            "Persönliche Beratung zu gesunder und günstiger Ernährung – auch auf Englisch und Arabisch.",
            Nutrition, CounsellingByAppointment, Tenants | Families, "Quartiersbüro Lobeda", "Karl-Marx-Allee 3", "07747", "Neulobeda",
            50.8851, 11.6051, DayOfWeek.Wednesday, new(10, 0), 120, 6, 8, 8, Taken: 2, Languages: ["de", "en", "ar"],
            Accessibility: AccessibilityFeatures.StepFree | AccessibilityFeatures.EasyLanguage),
        new("jena", "Sportverein Lobeda (Beispiel)", "Bewegt älter werden – Sturzprophylaxe",
            "Kurs für ältere Menschen: Gleichgewicht, Kraft und Sicherheit im Alltag. Von den Krankenkassen bezuschusst.",
            Exercise, Course, OlderPeople, "Seniorenbegegnungsstätte Lobeda", "Kastanienstraße 11", "07747", "Lobeda-Altstadt",
            50.8837, 11.6137, DayOfWeek.Monday, new(10, 0), 60, 10, 10, 12, Taken: 5, PriceCents: 4000, Zpp: true,
            Accessibility: AccessibilityFeatures.StepFree | AccessibilityFeatures.InductionLoop, MinAge: 60),
        new("chemnitz", "NINERS Chemnitz", "Väter und Kids – Basketball mit den NINERS",
            "Gemeinsam Basketball spielen: Väter mit ihren Kindern von 6 bis 12 Jahren, angeleitet von Trainern der NINERS.",
            Exercise, Course, Fathers | Children | Families, "Sporthalle Sonnenberg", "Sonnenstraße 35", "09130", "Sonnenberg",
            50.8370, 12.9410, DayOfWeek.Saturday, new(10, 0), 90, 8, 5, 16, Taken: 16, Waiting: 2, MinAge: 6, MaxAge: 12),
        new("chemnitz", "Allgemeinmedizin Sonnenberg (Beispiel)", "Stressbewältigung im Alltag",
            "Entspannungstechniken und Austausch in der Gruppe, für Erwachsene.",
            StressAndMentalHealth, Course, Parents | Everyone, "Bürgerhaus Sonnenberg", "Zietenstraße 62", "09130", "Sonnenberg",
            50.8348, 12.9376, DayOfWeek.Wednesday, new(18, 0), 90, 6, 12, 10, Taken: 3, Zpp: true),
        new("weimar", "Familienzentrum Weimar-Nord (Beispiel)", "Bewegungsspiele für Kita-Kinder und Eltern",
            "Spielerisch Motorik fördern: Eltern und Kinder von 3 bis 6 Jahren turnen gemeinsam.",
            ParentingAndFamily, Course, Children | Parents | Families, "Familienzentrum Weimar-Nord", "Rießnerstraße 12", "99427",
            "Weimar-Nord",
            50.9960, 11.3220, DayOfWeek.Friday, new(15, 30), 60, 8, 6, 10, Taken: 10, Waiting: 1, MinAge: 3, MaxAge: 6,
            Accessibility: AccessibilityFeatures.Childcare),
        new("weimar", "Familienzentrum Weimar-Nord (Beispiel)", "Sprachförderung durch Singen und Reimen",
            "Für Familien mit kleinen Kindern, auch für Familien, die noch wenig Deutsch sprechen.",
            ParentingAndFamily, DropIn, Families | Children, "Stadtteilbüro Weimar-West", "Prager Straße 5", "99427", "Weimar-West",
            50.9790, 11.2990, DayOfWeek.Tuesday, new(9, 30), 60, 6, 4, 15, Languages: ["de", "uk", "ar"],
            Accessibility: AccessibilityFeatures.EasyLanguage),
        new("gera", "Kita Bieblach (Beispiel)", "Gesund aufwachsen in Bieblach – Kochen mit Kindern",
            "Einfache, gesunde Gerichte gemeinsam kochen – für Kinder mit ihren Eltern.",
            Nutrition, Course, Children | Parents, "Kita Bieblach", "Straße des Bergmanns 20", "07546", "Bieblach-Ost",
            50.8980, 12.0750, DayOfWeek.Thursday, new(15, 0), 90, 5, 6, 8, Taken: 4),
        new("gera", "Pflegedienst Lusan (Beispiel)", "Fit im Kopf – Gedächtnistraining",
            "Gedächtnistraining in kleiner Gruppe für ältere Menschen in Lusan.",
            StressAndMentalHealth, Course, OlderPeople, "Begegnungsstätte Lusan", "Zeulsdorfer Straße 60", "07549", "Lusan",
            50.8580, 12.1010, DayOfWeek.Tuesday, new(14, 0), 60, 8, 8, 12, Taken: 7, MinAge: 65,
            Accessibility: AccessibilityFeatures.StepFree | AccessibilityFeatures.InductionLoop),
        new("leipzig", "Bewegungstreff Grünau (Beispiel)", "Bewegung und Begegnung in Grünau",
            "Offener Bewegungstreff für alle – ohne Anmeldepflicht, aber mit Anmeldung haben Sie einen Platz sicher.",
            Exercise, DropIn, UnemployedPeople | Everyone, "Bewegungstreff Grünau", "Stuttgarter Allee 9", "04209", "Grünau-Mitte",
            51.3190, 12.2830, DayOfWeek.Monday, new(10, 0), 90, 8, 3, 20, Taken: 8, Languages: ["de", "ru"]),
        new("leipzig", "Bewegungstreff Grünau (Beispiel)", "Raus aus dem Stress – Kurs für Arbeitsuchende",
            "Sechs Treffen rund um Stress, Schlaf und Zuversicht. Kostenlos mit Gutschein vom Jobcenter.",
            StressAndMentalHealth, Course, UnemployedPeople, "Stadtteilladen Grünau", "Ratzelstraße 179", "04207", "Lausen-Grünau",
            51.3120, 12.2760, DayOfWeek.Thursday, new(9, 30), 90, 6, 11, 10, Taken: 10, Waiting: 4, Zpp: true),
    ];
}
