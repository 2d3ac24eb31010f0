using Lebenswelten.Core.Network.Documents;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Web.Features.Network;

/// <summary>
/// Documents may be larger than the app's 1 MB body limit (Network:Documents:MaxBytes, 20 MB by default): the limit is
/// raised for a multipart upload to these endpoints only, before anything reads the body (ASVS 12.1.1).
/// </summary>
public static class UploadLimit
{
    public static bool IsMultipart(HttpRequest request) =>
        request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true;

    public static void Raise(HttpContext context)
    {
        if (IsMultipart(context.Request) && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = context.RequestServices.GetRequiredService<IOptions<DocumentOptions>>().Value.RequestLimit;
        }
    }
}

/// <summary>On a page that takes uploads: raises the limit before antiforgery reads the form (its filter runs at 1000).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class DocumentUploadAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public int Order => 900;

    public void OnAuthorization(AuthorizationFilterContext context) => UploadLimit.Raise(context.HttpContext);
}
