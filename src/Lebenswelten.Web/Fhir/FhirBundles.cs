using Hl7.Fhir.Model;

namespace Lebenswelten.Web.Fhir;

/// <summary>A search answer: a searchset Bundle with one page of the matches (<see cref="FhirPaging"/>) and its links.</summary>
public static class FhirBundles
{
    public static FhirResult Searchset(FhirCaller caller, IReadOnlyCollection<Resource> matches)
    {
        var query = caller.Context.Request.Query;
        var (paging, _) = FhirPaging.Read(query);
        var bundle = new Bundle
        {
            Type = Bundle.BundleType.Searchset,
            Total = matches.Count,
            Link = [new Bundle.LinkComponent { Relation = "self", Url = caller.RequestUrl }],
        };
        if (paging.Size > 0)
        {
            var last = matches.Count == 0 ? 0 : (matches.Count - 1) / paging.Size * paging.Size;
            bundle.Link.Add(Link(caller, "first", 0, paging.Size));
            if (paging.Skip > 0)
            {
                bundle.Link.Add(Link(caller, "previous", Math.Max(0, Math.Min(paging.Skip, last + paging.Size) - paging.Size), paging.Size));
            }
            if (paging.Skip + paging.Size < matches.Count)
            {
                bundle.Link.Add(Link(caller, "next", paging.Skip + paging.Size, paging.Size));
            }
            bundle.Link.Add(Link(caller, "last", last, paging.Size));
        }
        foreach (var resource in matches.Skip(paging.Skip).Take(paging.Size))
        {
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = $"{caller.BaseUrl}/{resource.TypeName}/{resource.Id}",
                Resource = resource,
                Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match },
            });
        }
        return new FhirResult(bundle);
    }

    /// <summary>The client's own search (every parameter as it sent it) at another offset.</summary>
    private static Bundle.LinkComponent Link(FhirCaller caller, string relation, int offset, int count)
    {
        var request = caller.Context.Request;
        var pairs = request.Query.Where(p => p.Key is not (FhirPaging.Count or FhirPaging.Offset))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new(FhirPaging.Count, count.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new(FhirPaging.Offset, offset.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return new Bundle.LinkComponent { Relation = relation, Url = caller.BaseUrl + request.Path.Value![5..] + QueryString.Create(pairs) };
    }
}
