using System.Security.Claims;
using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Web.Features.Shared;

public static class RequestActor
{
    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>Who is acting in this request, for the audit log.</summary>
    public static AuditActor AuditActor(this HttpContext context) =>
        new(context.User.UserId(), context.Connection.RemoteIpAddress?.ToString());
}
