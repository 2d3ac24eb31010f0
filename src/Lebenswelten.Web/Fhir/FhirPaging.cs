using System.Globalization;

namespace Lebenswelten.Web.Fhir;

/// <summary>
/// Paging of a searchset (FHIR R4 §3.1.1.5.7, §3.1.1.6): <c>_count</c> entries a page (default and maximum
/// <see cref="MaxCount"/>, as the CapabilityStatement says; more is served as the maximum, as the spec lets a server do),
/// from <c>_offset</c>. The links first/previous/next/last repeat the client's own search with another offset, so paging
/// with FhirClient.Continue follows the same search (the results are computed anew for each page, ordered by time).
/// </summary>
public readonly record struct FhirPaging(int Size, int Skip)
{
    public const string Count = "_count";
    public const string Offset = "_offset";
    public const int MaxCount = 100;
    public const int MaxOffset = 1_000_000;

    public static (FhirPaging Paging, FhirError? Error) Read(IQueryCollection query)
    {
        var count = Number(query, Count, int.MaxValue, out var countError) ?? MaxCount;
        var offset = Number(query, Offset, MaxOffset, out var offsetError) ?? 0;
        return (new FhirPaging(Math.Min(count, MaxCount), offset), countError ?? offsetError);
    }

    private static int? Number(IQueryCollection query, string name, int max, out FhirError? error)
    {
        error = null;
        if (!query.TryGetValue(name, out var values))
        {
            return null;
        }
        if (values.Count == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= max)
        {
            return number;
        }
        // Negative, not a number, repeated or beyond int: a 400 naming the parameter, never a 500.
        if (values.Count == 1 && name == Count && values[0] is { Length: > 0 } huge && huge.All(char.IsAsciiDigit))
        {
            return int.MaxValue;
        }
        error = FhirError.Invalid("Fhir.InvalidParameter", name);
        return null;
    }
}
