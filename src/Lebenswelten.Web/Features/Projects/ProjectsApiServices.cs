using Lebenswelten.Core.Projects;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Shared.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Projects;

/// <summary>What every projects endpoint needs, bound in one go ([AsParameters]).</summary>
internal sealed record ProjectsApiServices(HttpContext Http, SiteDirectory Sites, IStringLocalizer<ProjectsResource> Text)
{
    public AuditActor Actor => Http.AuditActor();

    public string? UserId => Http.User.UserId();

    public ProblemHttpResult Problem(DomainProblem problem, int? status = null) => problem.ToProblem(Text, status);

    public ProblemHttpResult SiteNotFound => Problem(DomainProblem.NotFound("Site.NotFound"));

    /// <summary>Page from 1, at most 100 a page (docs/dev/api-conventions.md); outside that 400.</summary>
    public static DomainProblem? CheckPaging(int page, int pageSize)
    {
        var errors = new FieldErrors();
        errors.AddIf(page < 1, "page", "OutOfRange");
        errors.AddIf(pageSize is < 1 or > 100, "pageSize", "OutOfRange");
        return errors.Any ? errors.ToProblem() : null;
    }

    public static PageOf<TDto> Paged<T, TDto>((List<T> Items, int Total) page, int number, int size, Func<T, TDto> map) =>
        PageOf<TDto>.Of(page.Items.Select(map).ToList(), number, size, page.Total);
}
