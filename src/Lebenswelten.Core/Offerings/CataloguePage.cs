namespace Lebenswelten.Core.Offerings;

/// <summary>
/// One page of the catalogue, with the number of matches; when <see cref="TotalCapped"/>, counting stopped there and more
/// match ("more than 1,000"). A capped total always reaches past this page, so "next" stays reachable.
/// </summary>
public sealed record CataloguePage(IReadOnlyList<Offering> Items, int Total, int Page, int PageSize, bool TotalCapped = false)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
