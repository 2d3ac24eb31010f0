using Lebenswelten.Core.Privacy;
using Lebenswelten.Web.Features.Shared.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>GET /api/me/audit: who accessed my data (GDPR Art. 15), the same lines as /konto/zugriffe, one page at a time.</summary>
public static class MyAccessApi
{
    public static void MapMyAccessApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/me/audit", GetAsync).WithTags("Account").WithName("GetMyAccessLog")
            .WithSummary("Who read the caller's personal data, when and why (GDPR Art. 15), a page at a time.").RequireAuthorization();

    private static async Task<Ok<PageOf<AccessRecord>>> GetAsync(HttpContext context, AccessReport report, CancellationToken ct,
        int page = 1, int pageSize = 25)
    {
        var found = await report.ForSubjectAsync(context.User.UserId()!, page, pageSize, ct);
        return TypedResults.Ok(PageOf<AccessRecord>.Of(found.Items, found.Page, found.PageSize, found.Total));
    }
}
