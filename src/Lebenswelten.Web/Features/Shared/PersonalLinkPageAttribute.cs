using Microsoft.AspNetCore.Mvc.Filters;

namespace Lebenswelten.Web.Features.Shared;

/// <summary>
/// For pages opened through a personal link (the token is in the address): no Referer carries the address to
/// other sites, and no shared cache keeps the page (OWASP ASVS V8.2, V3.5).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PersonalLinkPageAttribute : ResultFilterAttribute
{
    public override void OnResultExecuting(ResultExecutingContext context)
    {
        var headers = context.HttpContext.Response.Headers;
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        base.OnResultExecuting(context);
    }
}
