namespace Lebenswelten.Web.Features.Shared.Texts;

/// <summary>The first of several localizers that knows a text answers; the last one's "not found" otherwise.</summary>
public sealed class ChainedStringLocalizer(IReadOnlyList<IStringLocalizer> chain) : IStringLocalizer
{
    public LocalizedString this[string name] => First(localizer => localizer[name]);

    public LocalizedString this[string name, params object[] arguments] => First(localizer => localizer[name, arguments]);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        chain.SelectMany(localizer => localizer.GetAllStrings(includeParentCultures)).DistinctBy(text => text.Name);

    private LocalizedString First(Func<IStringLocalizer, LocalizedString> lookUp)
    {
        LocalizedString? missing = null;
        foreach (var localizer in chain)
        {
            var text = lookUp(localizer);
            if (!text.ResourceNotFound)
            {
                return text;
            }
            missing ??= text;
        }
        return missing!;
    }
}
