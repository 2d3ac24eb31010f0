namespace Lebenswelten.Core.Offerings;

/// <summary>One page of the catalogue, with the number of all matches.</summary>
public sealed record CataloguePage(IReadOnlyList<Offering> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
