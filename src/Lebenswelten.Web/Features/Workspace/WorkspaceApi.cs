using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Workspace;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Workspace;

/// <summary>One item of the start page: what it is, its sentence, and the page that handles it.</summary>
public sealed record WorkItemDto(WorkItemKind Kind, string Text, string Href, Guid? Id, DateTimeOffset? At, int? Count, int? Of);

public sealed record RoleWorkDto(SiteRole Role, IReadOnlyList<WorkItemDto> Items);

public sealed record SiteWorkDto(string Site, string Name, IReadOnlyList<RoleWorkDto> Roles);

/// <summary><c>since</c>: the caller's previous visit to the start page (what counts as new), null before the second session.</summary>
public sealed record WorkspaceDto(DateTimeOffset? Since, bool Administrator, IReadOnlyList<SiteWorkDto> Sites);

/// <summary>The staff start page as JSON (issue 25): the same items as /arbeitsplatz, without moving "last visit" on.</summary>
public static class WorkspaceApi
{
    public static void MapWorkspaceApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/me/workspace", GetAsync).WithTags("Workspace").WithName("GetWorkspace")
            .WithSummary("What needs the caller's attention, per site and role, each item with the page that handles it.")
            .RequireAuthorization();

    private static async Task<Results<Ok<WorkspaceDto>, ProblemHttpResult>> GetAsync(WorkspaceService workspace, LinkGenerator links,
        IStringLocalizer<WorkspaceResource> text, HttpContext context, CancellationToken ct)
    {
        var start = await workspace.OpenAsync(context.AuditActor(), recordVisit: false, ct);
        if (!start.IsStaff)
        {
            // Residents have their own page and their own API (/api/me/registrations, /api/me/appointments).
            return DomainProblem.Forbidden("Workspace.StaffOnly").ToProblem(text);
        }
        return TypedResults.Ok(new WorkspaceDto(start.Since, start.Administrator, start.Sites.Select(site => new SiteWorkDto(site.Slug,
            site.Name, site.Roles.Select(role => new RoleWorkDto(role.Role, role.Items.Select(item =>
            {
                var target = WorkItemLinks.For(item, site.Slug);
                return new WorkItemDto(item.Kind, WorkItemText.For(item, text), links.PageLink(context, target.Page, target.Values),
                    item.Id, item.At, item.Count, item.Of);
            }).ToList())).ToList())).ToList()));
    }
}
