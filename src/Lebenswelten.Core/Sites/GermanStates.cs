namespace Lebenswelten.Core.Sites;

/// <summary>The federal states by the first two digits of an official municipality key (AGS), as Destatis numbers them.</summary>
public static class GermanStates
{
    private static readonly Dictionary<string, string> ByKey = new(StringComparer.Ordinal)
    {
        ["01"] = "Schleswig-Holstein", ["02"] = "Hamburg", ["03"] = "Niedersachsen", ["04"] = "Bremen",
        ["05"] = "Nordrhein-Westfalen", ["06"] = "Hessen", ["07"] = "Rheinland-Pfalz", ["08"] = "Baden-Württemberg",
        ["09"] = "Bayern", ["10"] = "Saarland", ["11"] = "Berlin", ["12"] = "Brandenburg", ["13"] = "Mecklenburg-Vorpommern",
        ["14"] = "Sachsen", ["15"] = "Sachsen-Anhalt", ["16"] = "Thüringen",
    };

    public static string? Of(string ags) => ags.Length >= 2 && ByKey.TryGetValue(ags[..2], out var state) ? state : null;
}
