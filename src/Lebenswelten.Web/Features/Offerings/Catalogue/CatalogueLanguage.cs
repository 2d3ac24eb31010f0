using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Web.Features.Offerings.Catalogue;

/// <summary>
/// The visitor's language, when offerings can be held in it and it is not German (issue 23): the catalogue lists those
/// offerings first, says so, and marks them. Leichte Sprache is German, so it prefers nothing.
/// </summary>
public static class CatalogueLanguage
{
    public static string? Preferred() => Localization.CurrentLanguage is var language && language != "de"
        && OfferingRules.KnownLanguages.Contains(language) ? language : null;

    public static bool IsHeldInPreferred(Offering offering) => Preferred() is { } language && offering.Languages.Contains(language);
}
