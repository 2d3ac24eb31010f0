using System.Text.Json.Serialization;

namespace Lebenswelten.Web.Features.Shared.Api;

/// <summary>
/// The one shape of a paged list in the JSON API (docs/dev/api-conventions.md): the items of this page, the page
/// number (from 1), the page size, the number of all matches and of all pages.
/// </summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, int PageCount)
{
    /// <summary>
    /// True when counting stopped at <see cref="Total"/> and more match (the catalogue counts up to 1,000); left out when
    /// false, so every other list keeps its shape.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool TotalCapped { get; init; }

    public static PageOf<T> Of(IReadOnlyList<T> items, int page, int pageSize, int total) =>
        new(items, page, pageSize, total, pageSize <= 0 ? 0 : (total + pageSize - 1) / pageSize);

    /// <summary>One page of a domain query's rows, each turned into its DTO.</summary>
    public static PageOf<T> Of<TRow>(IEnumerable<TRow> rows, Func<TRow, T> map, int page, int pageSize, int total) =>
        Of(rows.Select(map).ToList(), page, pageSize, total);
}
