namespace Lebenswelten.Web.Features.Shared.Texts;

/// <summary>
/// <c>IStringLocalizer&lt;OfferingsResource&gt;</c> looks in the offerings' own texts first, then in the shared ones
/// (layout, common words, field errors), then in every other capability's: a page may name another capability's
/// public vocabulary (a category, a kind of organisation) without copying it. Keys are unique across all sets
/// (LocalizationTests), so the order only saves lookups.
/// </summary>
public sealed class TextSetLocalizerFactory(ResourceManagerStringLocalizerFactory resources) : IStringLocalizerFactory
{
    public static readonly IReadOnlyList<Type> Sets = typeof(TextSetLocalizerFactory).Assembly.GetTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(ITextSet).IsAssignableFrom(type))
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .ToList();

    public IStringLocalizer Create(Type resourceSource)
    {
        if (!typeof(ITextSet).IsAssignableFrom(resourceSource))
        {
            return resources.Create(resourceSource);
        }
        var order = new[] { resourceSource, typeof(SharedResource) }.Concat(Sets).Distinct();
        return new ChainedStringLocalizer(order.Select(resources.Create).ToList());
    }

    public IStringLocalizer Create(string baseName, string location) => resources.Create(baseName, location);
}
