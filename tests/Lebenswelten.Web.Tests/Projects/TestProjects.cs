using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Projects;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Projects;

/// <summary>A project of the test's own at a demo site with a draft application to the site's AOK PLUS project funds and a document.</summary>
public sealed record TestProject(Guid SiteId, Project Project, FundingApplication Application, Guid DocumentId, FundingSource Source)
{
    public static async Task<TestProject> CreateAsync(AppHost host, string site = "jena", bool published = true,
        string? responsible = null, string? responsibleUserId = null, IReadOnlyList<StaffDraft>? staff = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<LebensweltenDbContext>();
        var siteId = await db.Sites.Where(s => s.Slug == site).Select(s => s.Id).SingleAsync();
        var coordinatorId = await db.Users.Where(u => u.Email == $"coordinator@{site}.demo").Select(u => u.Id).SingleAsync();
        var coordinator = new AuditActor(coordinatorId, null);
        var project = Ok(await services.GetRequiredService<ProjectEditor>().CreateAsync(siteId, new ProjectDraft
        {
            Title = $"Testprojekt {Guid.NewGuid():N}"[..22], Summary = "Ein Projekt nur für diesen Test.", Setting = ProjectSetting.Neighbourhood,
            IsPublished = published, ResponsibleName = responsible, ResponsibleUserId = responsibleUserId,
        }, coordinator, CancellationToken.None));
        var source = await db.FundingSources.AsNoTracking().Include(s => s.Shares).SingleAsync(s => s.SiteId == siteId && s.Name == "Projektmittel AOK PLUS");
        var desk = services.GetRequiredService<ApplicationDesk>();
        var application = Ok(await desk.CreateAsync(project.Id, new ApplicationDraft(source.Id, DateTime.UtcNow.Year, project.Title, 1_000_00,
            staff ?? []), coordinator, CancellationToken.None));
        var document = Ok(await desk.AttachAsync(application.Id, "konzept.txt", "text/plain", "Konzept"u8.ToArray(), coordinator, CancellationToken.None));
        return new TestProject(siteId, project, application, document.Id, source);
    }

    private static T Ok<T>(Outcome<T> outcome) => outcome.Value ?? throw new InvalidOperationException(outcome.Problem!.ToString());
}
