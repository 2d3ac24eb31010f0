using Lebenswelten.Core.Ideas;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Ideas;

/// <summary>Ideas of a test's own at Jena, through the real domain services: proposed by a resident of its own, published by coordinator@jena.demo.</summary>
public static class TestIdeas
{
    public static async Task<(Idea Idea, TestAccount Author)> CreateAsync(AppHost host, bool publish, string? title = null, string? text = null,
        TestAccount? by = null)
    {
        var author = by ?? await TestAccounts.CreateAsync(host, Core.Identity.SiteRole.Resident, "jena", name: $"Ideengeberin {Guid.NewGuid():N}"[..24]);
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var jena = (await services.GetRequiredService<Core.Sites.SiteDirectory>().FindAsync("jena"))!;
        var idea = (await services.GetRequiredService<IdeaProposals>().ProposeAsync(jena.Id,
            new IdeaDraft(title ?? $"Idee {Guid.NewGuid():N}"[..20], text ?? "Ein Treffpunkt für alle im Hof.", null, TargetGroups.Tenants),
            new AuditActor(author.Id, null), "de", CancellationToken.None)).Value!;
        if (publish)
        {
            var coordinator = await services.GetRequiredService<LebensweltenDbContext>().Users
                .Where(u => u.Email == "coordinator@jena.demo").Select(u => u.Id).SingleAsync();
            idea = (await services.GetRequiredService<IdeaModeration>().ModerateAsync(idea.Id, ModerationStep.Publish, null, null,
                new AuditActor(coordinator, null), CancellationToken.None)).Value!;
        }
        return (idea, author);
    }
}
