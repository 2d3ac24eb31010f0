using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Sites;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Offerings;

/// <summary>
/// A test's own offerings, created through the domain service as the site's coordinator would. Each test puts its
/// own <see cref="Word"/> into the titles and searches for it, so it sees only its own offerings in the shared app.
/// </summary>
public static class CatalogueOfferings
{
    public static string Word() => $"katalog{Guid.NewGuid():N}"[..15];

    public static async Task<Offering> CreateAsync(AppHost host, string title, Func<OfferingDraft, OfferingDraft>? shape = null,
        string site = "jena")
    {
        using var scope = host.Services.CreateScope();
        var services = scope.ServiceProvider;
        var found = (await services.GetRequiredService<SiteDirectory>().FindAsync(site))!;
        var coordinator = (await services.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync($"coordinator@{site}.demo"))!;
        var organisation = (await services.GetRequiredService<OfferingAccess>().OrganisationsFor(coordinator.Id, found.Id, default))
            .First();
        var draft = Draft(organisation.Id, title);
        var outcome = await services.GetRequiredService<OfferingEditor>()
            .CreateAsync(found.Id, shape?.Invoke(draft) ?? draft, new AuditActor(coordinator.Id, null), default);
        Assert.True(outcome.Succeeded, outcome.Problem?.ToString());
        return outcome.Value!;
    }

    /// <summary>A published weekly course in two weeks, valid by every rule of the form.</summary>
    public static OfferingDraft Draft(Guid organisationId, string title)
    {
        var day = BerlinTime.LocalDate(DateTimeOffset.UtcNow).AddDays(14);
        return new OfferingDraft
        {
            OrganisationId = organisationId,
            Title = title,
            Description = "Bewegung für **alle**, ohne Vorkenntnisse.",
            Category = OfferingCategory.Exercise,
            Kind = OfferingKind.Course,
            TargetGroups = TargetGroups.Everyone,
            Capacity = 10,
            Venue = new Venue { Name = "Stadtteilbüro", Street = "Karl-Marx-Allee 20", PostalCode = "07747", City = "Jena" },
            Sessions = [new(day, new TimeOnly(17, 0), new TimeOnly(18, 30)),
                new(day.AddDays(7), new TimeOnly(17, 0), new TimeOnly(18, 30))],
            Publish = true,
        };
    }

    public static async Task CancelAsync(AppHost host, Guid offeringId, string site = "jena")
    {
        using var scope = host.Services.CreateScope();
        var coordinator = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>()
            .FindByEmailAsync($"coordinator@{site}.demo"))!;
        var outcome = await scope.ServiceProvider.GetRequiredService<OfferingEditor>()
            .CancelAsync(offeringId, "Krankheit", new AuditActor(coordinator.Id, null), default);
        Assert.True(outcome.Succeeded, outcome.Problem?.ToString());
    }
}
