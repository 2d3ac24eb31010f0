namespace Lebenswelten.Web.Features.Offerings.Catalogue;

/// <summary>One select of the catalogue form: its query-string key, the options, and what was wrong with the value.</summary>
public sealed record CatalogueSelect(
    string Key, IReadOnlyList<(string Value, string Label, bool Selected)> Options, IReadOnlyList<string> Errors, bool AnyOption = true)
{
    public static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday,
            DayOfWeek.Sunday];
}
