using System.Globalization;
using Hl7.Fhir.Model;

namespace Lebenswelten.Web.Fhir;

/// <summary>
/// The search parameters of one request. Handling follows <see cref="FhirHandling"/>: lenient by default, so a
/// parameter this search does not know (or an <c>_include</c> it does not offer) is ignored and reported in
/// <see cref="Ignored"/>, which the Bundle names in an OperationOutcome entry and leaves out of its links;
/// <c>Prefer: handling=strict</c> refuses it with 400. A known parameter with a value that does not parse is 400 in
/// both modes. Paging (<see cref="FhirPaging"/>), the answer's shape (<see cref="FhirShape"/>) and <c>_format</c> are
/// known to every search; <c>culture</c> is the site's language switch, not a search parameter.
/// </summary>
public sealed class FhirSearch(HttpRequest request)
{
    public const string Include = "_include";
    public const string RevInclude = "_revinclude";
    public const string Format = "_format";

    /// <summary>The parameters every search takes besides its own filters.</summary>
    public static readonly string[] Common = [FhirPaging.Count, FhirPaging.Offset, .. FhirShape.Parameters, Format];

    private readonly IQueryCollection query = request.Query;
    private string[] filters = [];
    private string[] inclusions = [];

    public bool Strict { get; } = FhirHandling.IsStrict(request);

    /// <summary>What lenient handling left out: unknown parameters and unsupported inclusions.</summary>
    public List<string> Ignored { get; } = [];

    /// <summary>
    /// Which parameters this search understands: its <paramref name="filters"/>, the common ones and the
    /// <paramref name="offered"/> inclusions ("_include=Slot:schedule"). Unknown ones are refused (strict) or ignored.
    /// </summary>
    public FhirError? Check(string[] filters, params string[] offered)
    {
        (this.filters, inclusions) = (filters, offered);
        foreach (var (key, values) in query)
        {
            var unsupported = key is Include or RevInclude ? values.Select(v => $"{key}={v}").Where(i => !offered.Contains(i))
                : filters.Contains(key) || Common.Contains(key) || key == "culture" ? [] : [key];
            foreach (var name in unsupported)
            {
                if (Strict)
                {
                    return FhirError.Invalid("Fhir.UnknownParameter", name, string.Join(", ", [.. filters, .. Common, .. offered]));
                }
                Ignored.Add(name);
            }
        }
        return FhirPaging.Read(query).Error ?? FhirShape.Read(query).Error;
    }

    /// <summary>Whether the client asked for an offered inclusion, e.g. "_include=Slot:schedule".</summary>
    public bool Asks(string inclusion) =>
        inclusions.Contains(inclusion) && query.TryGetValue(inclusion.Split('=')[0], out var values)
            && values.Contains(inclusion.Split('=', 2)[1]);

    /// <summary>The parameters applied, as the client sent them: the Bundle's links repeat exactly these.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Applied =>
        query.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Where(p => filters.Contains(p.Key) || Common.Contains(p.Key) || inclusions.Contains($"{p.Key}={p.Value}"));

    /// <summary>The single value of a parameter, or an error when it is repeated or empty.</summary>
    public (string? Value, FhirError? Error) Single(string name)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return (null, null);
        }
        return values.Count == 1 && !string.IsNullOrWhiteSpace(values[0])
            ? (values[0]!.Trim(), null)
            : (null, FhirError.Invalid("Fhir.InvalidParameter", name));
    }

    /// <summary>A reference parameter (<c>Organization/{id}</c>, or the bare id) to one of the given types.</summary>
    public (Guid? Id, string? Type, FhirError? Error) Reference(string name, params string[] types)
    {
        var (value, error) = Single(name);
        if (value is null)
        {
            return (null, null, error);
        }
        var slash = value.LastIndexOf('/');
        var type = slash < 0 ? types[0] : value[..slash].Split('/')[^1];
        return types.Contains(type) && Guid.TryParse(value[(slash + 1)..], out var id)
            ? (id, type, null)
            : (null, null, FhirError.Invalid("Fhir.InvalidParameter", name));
    }

    /// <summary>A token parameter's codes (comma means "or"), each one of <paramref name="known"/>.</summary>
    public (IReadOnlySet<string>? Codes, FhirError? Error) Tokens(string name, IReadOnlyCollection<string> known)
    {
        var (value, error) = Single(name);
        if (value is null)
        {
            return (null, error);
        }
        var codes = value.Split(',').Select(c => c.Split('|')[^1].Trim()).ToHashSet(StringComparer.Ordinal);
        return codes.All(known.Contains) ? (codes, null) : (null, FhirError.Invalid("Fhir.InvalidParameter", name));
    }

    /// <summary>
    /// Every value of a date parameter (FHIR R4 §3.1.1.4.2), ANDed: prefixes eq (default), ge, gt, le, lt; a date means
    /// the whole Europe/Berlin day (month, year likewise), a dateTime needs its offset.
    /// </summary>
    public (InstantRange Range, FhirError? Error) Dates(string name)
    {
        var range = InstantRange.All;
        foreach (var raw in query.TryGetValue(name, out var values) ? values : default)
        {
            if (!FhirDates.TryParse(raw ?? "", out var prefix, out var from, out var until))
            {
                return (range, FhirError.Invalid("Fhir.InvalidDate", name));
            }
            range = prefix switch
            {
                "eq" => range.Intersect(new(from, until)),
                "ge" => range.Intersect(new(from, null)),
                "gt" => range.Intersect(new(until, null)),
                "le" => range.Intersect(new(null, until)),
                _ => range.Intersect(new(null, from)),
            };
        }
        return (range, null);
    }
}
