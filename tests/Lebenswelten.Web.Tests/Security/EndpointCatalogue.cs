using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Security;

/// <summary>One routable address of the app, as the endpoint data sources describe it.</summary>
public sealed record AppEndpoint(string Pattern, string Method, bool IsAnonymous, bool IsApi, bool TakesInput = true)
{
    /// <summary>
    /// A concrete address: {site} becomes the given site, a parameter named in <paramref name="values"/> that value,
    /// other ids an id that exists nowhere, numbers a year, the rest a plausible value.
    /// </summary>
    public string Url(string site, IReadOnlyDictionary<string, string>? values = null) =>
        "/" + string.Join('/', Pattern.Trim('/').Split('/').Select(segment => segment switch
        {
            "{site}" => site,
            _ when segment.StartsWith("{code", StringComparison.Ordinal) => "404",
            "{documentName}.json" => "v1.json",
            "{token}.ics" => $"{SecretToken.Create()}.ics",
            _ when values is not null && values.TryGetValue(ParameterName(segment), out var value) => value,
            _ when segment.Contains(":guid", StringComparison.Ordinal) => Guid.Empty.ToString(),
            _ when segment.Contains(":int", StringComparison.Ordinal) => "2023",
            _ when segment.StartsWith('{') => "x",
            _ => segment,
        }));

    public override string ToString() => $"{Method} {Pattern}";

    private static string ParameterName(string segment) => segment.Trim('{', '}').Split(':')[0];
}

public static class EndpointCatalogue
{
    /// <summary>Every route the app maps (pages and endpoints), with one entry per HTTP method.</summary>
    public static IReadOnlyList<AppEndpoint> Of(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is not "{**path}") // the 404 fallback
            .SelectMany(e =>
            {
                var pattern = "/" + e.RoutePattern.RawText!.Trim('/');
                // A page is authorized as a whole, whatever its handler, so its GET stands for it.
                var isPage = e.Metadata.GetMetadata<PageActionDescriptor>() is not null;
                var methods = isPage ? ["GET"] : e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                var anonymous = e.Metadata.GetMetadata<IAllowAnonymous>() is not null;
                // FHIR is an API too: bearer tokens, no redirects, errors as OperationOutcome (/fhir) instead of problem+json.
                var api = pattern.StartsWith("/api", StringComparison.Ordinal) || pattern.StartsWith("/fhir", StringComparison.Ordinal);
                // A declared body (minimal APIs say which) or route values; a POST with neither (an export) reads nothing.
                var input = e.Metadata.GetMetadata<IAcceptsMetadata>() is not null || e.RoutePattern.Parameters.Count > 0;
                return methods.Select(m => new AppEndpoint(pattern, m, anonymous, api, input));
            })
            .Distinct()
            .OrderBy(e => e.Pattern, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)
            .ToList();
}
