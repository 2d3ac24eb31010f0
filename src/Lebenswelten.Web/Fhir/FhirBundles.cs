using Hl7.Fhir.Model;

namespace Lebenswelten.Web.Fhir;

/// <summary>A search answer: a searchset Bundle with every match (no paging: each search is bounded to 62 days).</summary>
public static class FhirBundles
{
    public static FhirResult Searchset(FhirCaller caller, IReadOnlyCollection<Resource> matches)
    {
        var bundle = new Bundle
        {
            Type = Bundle.BundleType.Searchset,
            Total = matches.Count,
            Link = [new Bundle.LinkComponent { Relation = "self", Url = caller.RequestUrl }],
        };
        foreach (var resource in matches)
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
}
