using Lebenswelten.Core.Needs;

namespace Lebenswelten.Core.Demo;

/// <summary>A sample indicator: its definition and the range its generated district values spread over.</summary>
internal sealed record DemoIndicator(string Key, string Name, string Topic, string Description, IndicatorKind Kind,
    IndicatorDirection Direction, double Low, double High, double Weight);

/// <summary>Which sample indicators each demo site tracks (school-entry findings for Weimar, SGB II for Leipzig, …).</summary>
internal static class DemoIndicators
{
    private const string SchoolEntry = "Schuleingangsuntersuchung";
    private const string Social = "Soziale Lage";
    private const string Age = "Altersstruktur";

    private static readonly DemoIndicator Overweight = new("sei-uebergewicht", "Übergewicht bei Einschulung", SchoolEntry,
        "Anteil der untersuchten Kinder mit Übergewicht oder Adipositas (BMI über der 90. Perzentile).",
        IndicatorKind.Ratio, IndicatorDirection.HigherIsWorse, 6, 17, 1);
    private static readonly DemoIndicator Motor = new("sei-motorik", "Auffällige Motorik bei Einschulung", SchoolEntry,
        "Anteil der untersuchten Kinder mit auffälligem Befund in der Körperkoordination.",
        IndicatorKind.Ratio, IndicatorDirection.HigherIsWorse, 8, 24, 1);
    private static readonly DemoIndicator Language = new("sei-sprache", "Förderbedarf Sprache bei Einschulung", SchoolEntry,
        "Anteil der untersuchten Kinder mit Sprachförderbedarf.",
        IndicatorKind.Ratio, IndicatorDirection.HigherIsWorse, 10, 35, 1);
    private static readonly DemoIndicator SgbII = new("sgb2-quote", "SGB-II-Quote", Social,
        "Anteil der Menschen unter 65 Jahren, die Bürgergeld (SGB II) beziehen.",
        IndicatorKind.Value, IndicatorDirection.HigherIsWorse, 3, 26, 2);
    private static readonly DemoIndicator SingleParents = new("alleinerziehende", "Alleinerziehende", Social,
        "Anteil der Haushalte mit Kindern, in denen ein Elternteil allein erzieht.",
        IndicatorKind.Value, IndicatorDirection.HigherIsWorse, 12, 38, 1);
    private static readonly DemoIndicator Over65 = new("anteil-65plus", "Anteil 65 Jahre und älter", Age,
        "Anteil der Einwohnerinnen und Einwohner, die 65 Jahre oder älter sind.",
        IndicatorKind.Value, IndicatorDirection.HigherIsWorse, 14, 38, 0.5);

    public static IReadOnlyList<DemoIndicator> For(string siteSlug) => siteSlug switch
    {
        "weimar" => [Overweight, Motor, Language, SgbII],
        "leipzig" => [SgbII, Over65, Language],
        "gera" => [Over65, SgbII, Overweight],
        "chemnitz" => [SgbII, SingleParents, Over65],
        "jena" => [SingleParents, Over65, Motor],
        _ => [],
    };
}
