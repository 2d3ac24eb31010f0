using System.Text.RegularExpressions;
using Hl7.Fhir.Rest;
using Hl7.Fhir.Serialization;

namespace Lebenswelten.Web.Fhir;

/// <summary>
/// The shape of a search's answer (FHIR R4 §3.1.1.5.4–5.5): <c>_total</c> (none, estimate, accurate: whether the Bundle
/// counts all matches), <c>_summary</c> (count: the number alone; true, text, data, false: the SDK's summaries) and
/// <c>_elements</c> (only the named top-level elements, plus the mandatory ones, marked SUBSETTED). These are known to
/// every search, so a value they cannot take is 400 in both handling modes.
/// </summary>
public sealed partial record FhirShape(bool WithTotal, SummaryType Summary, string[]? Elements)
{
    public const string Total = "_total";
    public const string SummaryParameter = "_summary";
    public const string ElementsParameter = "_elements";

    public static readonly string[] Parameters = [Total, SummaryParameter, ElementsParameter];

    private static readonly FhirShape Full = new(true, SummaryType.False, null);

    /// <summary>
    /// Elements that come with every <c>_elements</c> answer besides the mandatory ones: meta carries the SUBSETTED tag,
    /// and an Appointment's invariants need its start and end (app-3) and the contained patient its reference names (ref-1).
    /// </summary>
    private static readonly string[] Kept = ["meta", "contained", "start", "end"];

    public bool CountOnly => Summary == SummaryType.Count;

    /// <summary>Whether the entries are cut down, and so carry the SUBSETTED tag (FHIR R4 §3.1.1.5.5).</summary>
    public bool Subsetted => Summary is SummaryType.True or SummaryType.Text or SummaryType.Data || Elements is not null;

    public static (FhirShape Shape, FhirError? Error) Read(IQueryCollection query)
    {
        var shape = Full;
        if (Value(query, Total) is var (total, totalGiven) && totalGiven)
        {
            if (total is not ("none" or "estimate" or "accurate"))
            {
                return (Full, FhirError.Invalid("Fhir.InvalidParameter", Total));
            }
            shape = shape with { WithTotal = total != "none" };
        }
        if (Value(query, SummaryParameter) is var (summary, summaryGiven) && summaryGiven)
        {
            if (summary is not ("true" or "text" or "data" or "count" or "false"))
            {
                return (Full, FhirError.Invalid("Fhir.InvalidParameter", SummaryParameter));
            }
            shape = shape with { Summary = Enum.Parse<SummaryType>(summary, ignoreCase: true) };
        }
        if (Value(query, ElementsParameter) is var (elements, elementsGiven) && elementsGiven)
        {
            var names = elements?.Split(',', StringSplitOptions.TrimEntries) ?? [];
            if (names.Length is 0 or > 50 || !names.All(n => ElementName().IsMatch(n)))
            {
                return (Full, FhirError.Invalid("Fhir.InvalidParameter", ElementsParameter));
            }
            shape = shape with { Elements = names };
        }
        return (shape, null);
    }

    /// <summary>What the serializer leaves out of each entry; the Bundle itself stays whole.</summary>
    public Func<SerializationFilter>? Filter => Summary switch
    {
        SummaryType.True => () => new BundleFilter(SerializationFilter.ForSummary()),
        SummaryType.Text => () => new BundleFilter(SerializationFilter.ForText()),
        SummaryType.Data => () => new BundleFilter(SerializationFilter.ForData()),
        _ when Elements is { } names => () => new BundleFilter(SerializationFilter.ForElements([.. names, .. Kept], true)),
        _ => null,
    };

    private static (string? Value, bool Given) Value(IQueryCollection query, string name) =>
        !query.TryGetValue(name, out var values) ? (null, false) : (values.Count == 1 ? values[0]?.Trim() : null, true);

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9]{0,63}$")]
    private static partial Regex ElementName();
}
