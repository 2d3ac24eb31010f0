using System.Globalization;
using Hl7.Fhir.Model;

namespace Lebenswelten.Web.Fhir;

/// <summary>
/// A search answer: a searchset Bundle with one page of the matches (<see cref="FhirPaging"/>), the resources they
/// include (search mode include), its links, and, under lenient handling, an OperationOutcome entry naming what was
/// ignored (FHIR R4 §3.1.1.5.3). The links repeat only the parameters applied, so the self link tells the client what
/// the answer means. With <c>within</c>, the pages are cut from all <c>matches</c> and filtered afterwards, so that
/// a match changing state does not shift the pages after it.
/// </summary>
public static class FhirBundles
{
    public static async Task<FhirResult> SearchsetAsync(FhirCaller caller, FhirSearch search, IReadOnlyList<Resource> matches,
        Func<IReadOnlyList<Resource>, Task<IEnumerable<Resource>>>? include = null, Func<Resource, bool>? within = null)
    {
        var query = caller.Context.Request.Query;
        var (paging, _) = FhirPaging.Read(query);
        var (shape, _) = FhirShape.Read(query);
        caller.Context.Response.Headers["Preference-Applied"] = $"handling={(search.Strict ? FhirHandling.Strict : FhirHandling.Lenient)}";
        var bundle = new Bundle
        {
            Type = Bundle.BundleType.Searchset,
            Total = shape.WithTotal || shape.CountOnly ? (within is null ? matches.Count : matches.Count(within)) : null,
            Link = [Link(caller, search, "self", null)],
        };
        // By index, not Skip: a list that builds its resources on access (the slots) then builds only the page's.
        var page = shape.CountOnly ? []
            : Enumerable.Range(paging.Skip, Math.Clamp(matches.Count - paging.Skip, 0, paging.Size)).Select(i => matches[i])
                .Where(within ?? (_ => true)).ToList();
        if (paging.Size > 0 && !shape.CountOnly)
        {
            var last = matches.Count == 0 ? 0 : (matches.Count - 1) / paging.Size * paging.Size;
            bundle.Link.Add(Link(caller, search, "first", (0, paging.Size)));
            if (paging.Skip > 0)
            {
                var previous = Math.Max(0, Math.Min(paging.Skip, last + paging.Size) - paging.Size);
                bundle.Link.Add(Link(caller, search, "previous", (previous, paging.Size)));
            }
            if (paging.Skip + paging.Size < matches.Count)
            {
                bundle.Link.Add(Link(caller, search, "next", (paging.Skip + paging.Size, paging.Size)));
            }
            bundle.Link.Add(Link(caller, search, "last", (last, paging.Size)));
        }
        var included = include is null || page.Count == 0 ? [] : (await include(page)).DistinctBy(r => r.TypeName + "/" + r.Id).ToList();
        foreach (var (resource, mode) in page.Select(r => (r, Bundle.SearchEntryMode.Match))
            .Concat(included.Select(r => (r, Bundle.SearchEntryMode.Include))))
        {
            if (shape.Subsetted)
            {
                resource.Meta ??= new Meta();
                resource.Meta.Tag.Add(new Coding("http://terminology.hl7.org/CodeSystem/v3-ObservationValue", "SUBSETTED"));
            }
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = $"{caller.BaseUrl}/{resource.TypeName}/{resource.Id}",
                Resource = resource,
                Search = new Bundle.SearchComponent { Mode = mode },
            });
        }
        if (search.Ignored.Count > 0)
        {
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = $"urn:uuid:{Guid.NewGuid()}",
                Resource = Ignored(caller, search.Ignored),
                Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Outcome },
            });
        }
        return new FhirResult(bundle, filter: shape.Filter);
    }

    private static OperationOutcome Ignored(FhirCaller caller, IEnumerable<string> names) => new()
    {
        Issue =
        [
            .. names.Distinct().Select(name => new OperationOutcome.IssueComponent
            {
                Severity = OperationOutcome.IssueSeverity.Warning,
                Code = OperationOutcome.IssueType.NotSupported,
                Details = new CodeableConcept(FhirError.ProblemSystem, "Fhir.IgnoredParameter")
                {
                    Text = caller.Text["Fhir.IgnoredParameter", name].Value,
                },
                Diagnostics = caller.Text["Fhir.IgnoredParameter", name].Value,
            }),
        ],
    };

    /// <summary>The client's search, its applied parameters only, at another offset (or as sent, for self).</summary>
    private static Bundle.LinkComponent Link(FhirCaller caller, FhirSearch search, string relation, (int Offset, int Count)? page)
    {
        var pairs = page is not { } at ? search.Applied
            : search.Applied.Where(p => p.Key is not (FhirPaging.Count or FhirPaging.Offset))
                .Append(new(FhirPaging.Count, at.Count.ToString(CultureInfo.InvariantCulture)))
                .Append(new(FhirPaging.Offset, at.Offset.ToString(CultureInfo.InvariantCulture)));
        return new Bundle.LinkComponent
        {
            Relation = relation, Url = caller.BaseUrl + caller.Context.Request.Path.Value![5..] + QueryString.Create(pairs),
        };
    }
}
