using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.OpenData.Hsds;

/// <summary>
/// HSDS's paging parameters, <c>page</c> (from 1) and <c>per_page</c>, under the API's rule (at most 100 a page, see
/// docs/dev/api-conventions.md): a value outside it is a 400 naming the field, never a silent clamp.
/// </summary>
public sealed record HsdsPaging
{
    public const int DefaultSize = 20;
    public const int MaxPage = 100_000;

    [FromQuery(Name = "page")] public string? Page { get; init; }
    [FromQuery(Name = "per_page")] public string? PerPage { get; init; }

    public (int Page, int Size, DomainProblem? Problem) Read()
    {
        var errors = new FieldErrors();
        var page = Number(Page, 1, MaxPage, "page", errors) ?? 1;
        var size = Number(PerPage, 1, Shared.Api.Paging.MaxPageSize, "per_page", errors) ?? DefaultSize;
        return (page, size, errors.Any ? errors.ToProblem() : null);
    }

    public static HsdsPage<T> Of<T>(IReadOnlyList<T> items, int page, int size, int total)
    {
        var pages = Math.Max(1, (total + size - 1) / size);
        return new HsdsPage<T>(total, pages, page, items.Count, page == 1, page >= pages, total == 0, items);
    }

    private static int? Number(string? value, int min, int max, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }
        errors.Add(field, "OutOfRange");
        return null;
    }
}
