using System.Globalization;
using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Web.Features.OpenData.Hsds;

/// <summary>
/// The catalogue's two classifications as HSDS taxonomies: the category (Bewegung, Ernährung, …) and the target groups.
/// No published taxonomy (Open Eligibility, 211 LA) names the fields of §20a SGB V, so they are Lebenswelten's own,
/// published here and in docs/en/open-data.md with their codes; a code never changes, a name may be translated.
/// </summary>
public static class HsdsTaxonomies
{
    public const string Version = "1";
    public const string CategoryTaxonomy = "lebenswelten-category";
    public const string TargetGroupTaxonomy = "lebenswelten-target-group";

    public static readonly Guid CategoryId = HsdsIds.For("taxonomy", CategoryTaxonomy);
    public static readonly Guid TargetGroupId = HsdsIds.For("taxonomy", TargetGroupTaxonomy);

    public static IReadOnlyList<HsdsTaxonomy> All(IStringLocalizer text, string uri) =>
    [
        new(CategoryId, CategoryTaxonomy, text["Hsds.Taxonomy.Category"], uri, Version),
        new(TargetGroupId, TargetGroupTaxonomy, text["Hsds.Taxonomy.TargetGroup"], uri, Version),
    ];

    public static IReadOnlyList<HsdsTaxonomyTerm> Terms(IStringLocalizer text) =>
    [
        .. Enum.GetValues<OfferingCategory>().Select(c => Category(c, text)),
        .. Enum.GetValues<TargetGroups>().Where(g => g != TargetGroups.None).Select(g => TargetGroup(g, text)),
    ];

    public static HsdsTaxonomyTerm Category(OfferingCategory category, IStringLocalizer text) =>
        Term(CategoryTaxonomy, CategoryId, category.ToString(), text[$"Category.{category}"], text);

    public static HsdsTaxonomyTerm TargetGroup(TargetGroups group, IStringLocalizer text) =>
        Term(TargetGroupTaxonomy, TargetGroupId, group.ToString(), text[$"TargetGroup.{group}"], text);

    private static HsdsTaxonomyTerm Term(string taxonomy, Guid taxonomyId, string code, string name, IStringLocalizer text) =>
        new(HsdsIds.For("taxonomy_term", taxonomy, code), code, name, text[$"Hsds.Term.{taxonomy}", name], taxonomy, taxonomyId,
            CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
}
