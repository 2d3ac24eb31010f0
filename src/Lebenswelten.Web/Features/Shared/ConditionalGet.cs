using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Lebenswelten.Web.Features.Shared;

/// <summary>
/// Cacheable answers for calendar apps and portals that poll (RFC 9110 §13): a strong ETag over the bytes and a
/// Last-Modified; a request whose If-None-Match (or, without it, If-Modified-Since) still holds gets 304 and no body.
/// </summary>
public static class ConditionalGet
{
    public static IResult File(HttpContext context, byte[] body, string contentType, DateTimeOffset? lastModified, string? fileName = null,
        bool personal = false)
    {
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"");
        var modified = lastModified is { } m ? new DateTimeOffset(m.UtcDateTime.Ticks - m.UtcDateTime.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero) : (DateTimeOffset?)null;
        var headers = context.Request.GetTypedHeaders();
        var unchanged = headers.IfNoneMatch.Count > 0
            ? headers.IfNoneMatch.Any(tag => tag.Tag == "*" || tag.Compare(etag, useStrongComparison: false))
            : modified is { } since && headers.IfModifiedSince is { } asked && since <= asked;
        var response = context.Response.GetTypedHeaders();
        response.ETag = etag;
        response.LastModified = modified;
        // Public data, but answers differ by query and language: shared caches may keep them briefly, keyed on both.
        // A person's own feed only the calendar app may keep, never a shared cache (RFC 9111 §5.2.2.7).
        response.CacheControl = new CacheControlHeaderValue { Public = !personal, Private = personal, MaxAge = TimeSpan.FromMinutes(5) };
        context.Response.Headers.Vary = "Accept-Language";
        return unchanged ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.File(body, contentType, fileName);
    }
}
