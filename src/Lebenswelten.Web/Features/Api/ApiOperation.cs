using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace Lebenswelten.Web.Features.Api;

public sealed record ApiOperation(
    string Tag, string Method, string Path, string Access, IReadOnlyList<string> Parameters, IReadOnlyList<int> StatusCodes)
{
    /// <summary>The same descriptions the OpenAPI document is built from, grouped for reading.</summary>
    public static IReadOnlyList<ApiOperation> From(IApiDescriptionGroupCollectionProvider provider) =>
        provider.ApiDescriptionGroups.Items
            .SelectMany(group => group.Items)
            .Select(description =>
            {
                var metadata = description.ActionDescriptor.EndpointMetadata;
                var tag = metadata.OfType<ITagsMetadata>().SelectMany(t => t.Tags).FirstOrDefault() ?? "";
                var access = metadata.OfType<IAllowAnonymous>().Any()
                    ? "public"
                    : metadata.OfType<IAuthorizeData>().Select(a => a.Policy).FirstOrDefault(p => p is not null) ?? "login";
                return new ApiOperation(tag, description.HttpMethod ?? "GET", "/" + description.RelativePath,
                    access,
                    description.ParameterDescriptions.Select(p => $"{p.Name} ({p.Source.DisplayName.ToLowerInvariant()})").ToList(),
                    description.SupportedResponseTypes.Select(r => r.StatusCode).Distinct().Order().ToList());
            })
            .OrderBy(o => o.Tag, StringComparer.Ordinal).ThenBy(o => o.Path, StringComparer.Ordinal)
            .ThenBy(o => o.Method, StringComparer.Ordinal)
            .ToList();
}
