using Lebenswelten.Core.Projects;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Sites;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Projects;

/// <summary>What every projects endpoint needs, bound in one go ([AsParameters]).</summary>
internal sealed record ProjectsApiServices(HttpContext Http, SiteDirectory Sites, IStringLocalizer<ProjectsResource> Text)
{
    public AuditActor Actor => Http.AuditActor();

    public string? UserId => Http.User.UserId();

    public ProblemHttpResult Problem(DomainProblem problem, int? status = null) => problem.ToProblem(Text, status);

    public ProblemHttpResult SiteNotFound => Problem(DomainProblem.NotFound("Site.NotFound"));
}
