using Lebenswelten.Core.Offerings;
using static Lebenswelten.Core.Offerings.OfferingCategory;

namespace Lebenswelten.Benchmarks.Catalogue;

/// <summary>German words the generated offerings are made of, so the free-text search meets text like the real thing.</summary>
internal static class SampleWords
{
    public static readonly IReadOnlyDictionary<OfferingCategory, string[]> Topics = new Dictionary<OfferingCategory, string[]>
    {
        [Exercise] =
        [
            "Rückenfit", "Zumba", "Yoga für Einsteiger", "Nordic Walking", "Wassergymnastik", "Sturzprophylaxe",
            "Basketball für Väter und Kinder", "Tanzen ab 60", "Fit im Park", "Kinderturnen", "Pilates", "Radfahren lernen",
        ],
        [Nutrition] = ["Gesund kochen mit wenig Geld", "Ernährungsberatung", "Kochkurs für Familien", "Gesundes Frühstück", "Einkaufstraining"],
        [StressAndMentalHealth] = ["Stressbewältigung", "Achtsamkeit im Alltag", "Progressive Muskelentspannung", "Gesprächskreis Einsamkeit"],
        [AddictionPrevention] = ["Rauchfrei-Kurs", "Alkohol – weniger ist mehr", "Medienzeit in Familien"],
        [ParentingAndFamily] = ["Elterncafé", "Babymassage", "Vätertreff", "Familienfrühstück", "Starke Eltern – starke Kinder"],
        [Counselling] = ["Sozialberatung", "Schuldnerberatung", "Sprechstunde der Gesundheitslotsen", "Pflegeberatung"],
        [Event] = ["Gesundheitstag", "Stadtteilfest", "Spaziergang durch den Stadtteil", "Blutdruck-Messaktion"],
        [Other] = ["Nähcafé", "Gemeinschaftsgarten", "Repair-Café", "Lesepaten"],
    };

    public static readonly string[] Openers =
    [
        "Kostenloses Angebot für alle im Stadtteil.", "Bitte melden Sie sich vorher an.",
        "Wir treffen uns in kleiner Runde und lernen gemeinsam.", "Für Anfängerinnen und Anfänger, keine Vorkenntnisse nötig.",
        "Mit erfahrener Kursleitung und viel Zeit für Fragen.", "Die Krankenkasse erstattet die Kosten für zertifizierte Kurse.",
    ];

    public static readonly string[] Details =
    [
        "Bitte bequeme Kleidung und etwas zu trinken mitbringen.", "Kinderbetreuung ist während des Kurses möglich.",
        "Der Raum ist barrierefrei erreichbar.", "Wir sprechen auch Englisch, Arabisch und Russisch.",
        "Mit Sozialpass ermäßigt.", "Treffpunkt ist der Eingang am Hof.", "Getränke und ein kleiner Imbiss stehen bereit.",
        "Die Gruppe ist offen für neue Teilnehmende.", "Bei schönem Wetter findet das Angebot draußen statt.",
    ];

    public static readonly string[] VenueKinds =
        ["Stadtteilzentrum", "Turnhalle", "Familienzentrum", "Gemeindehaus", "Bürgerhaus", "Quartiersbüro", "Begegnungsstätte"];

    public static readonly string[] Streets =
    [
        "Hauptstraße", "Schulstraße", "Gartenstraße", "Bahnhofstraße", "Lindenstraße", "Karl-Marx-Allee", "Am Markt",
        "Goethestraße", "Schillerstraße", "Ringstraße", "Wiesenweg", "Parkstraße",
    ];

    public static readonly string[] ProviderKinds =
        ["Sportverein", "Familienzentrum", "Volkshochschule", "Nachbarschaftshilfe", "Diakonie", "Caritas", "AWO", "Kita"];

    public static readonly string[] OtherLanguages = ["en", "ar", "ru", "uk", "tr", "fa"];

    public static readonly TargetGroups[] Groups = Enum.GetValues<TargetGroups>().Where(g => g != TargetGroups.None).ToArray();
}
