using System.Text.Json.Nodes;
using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Sites;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Needs;

/// <summary>The site's districts as a GeoJSON FeatureCollection (RFC 7946), with population and need index as properties.</summary>
public static class DistrictGeoJson
{
    public const string ContentType = "application/geo+json";

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetAsync(
        string site, SiteDirectory sites, NeedsDirectory needs, IStringLocalizer<NeedsResource> text, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return DomainProblem.NotFound("Site.NotFound").ToProblem(text);
        }
        var need = (await needs.NeedIndexAsync(found.Id, ct)).ToDictionary(n => n.DistrictId);
        var features = new JsonArray();
        foreach (var district in await sites.DistrictsAsync(found.Id, ct))
        {
            var score = need.GetValueOrDefault(district.Id);
            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["id"] = district.Key,
                ["geometry"] = district.BoundaryGeoJson is { } boundary ? JsonNode.Parse(boundary) : null,
                ["properties"] = new JsonObject
                {
                    ["key"] = district.Key, ["name"] = district.Name, ["population"] = district.Population,
                    ["populationYear"] = district.PopulationYear, ["isSampleData"] = district.IsSampleData,
                    ["isSampleBoundary"] = district.IsSampleBoundary, ["needIndex"] = score?.Score, ["needRank"] = score?.Rank,
                },
            });
        }
        var collection = new JsonObject
        {
            ["type"] = "FeatureCollection",
            ["attribution"] = "© OpenStreetMap contributors (ODbL) where not marked as sample boundaries",
            ["features"] = features,
        };
        return TypedResults.Content(collection.ToJsonString(), ContentType);
    }
}
