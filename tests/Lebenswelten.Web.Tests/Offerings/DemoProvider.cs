using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Offerings;

/// <summary>A demo provider account and the organisation it acts for, read from the app's database.</summary>
public sealed record DemoProvider(string UserId, Guid OrganisationId, Guid SiteId)
{
    public static async Task<DemoProvider> OfAsync(AppHost host, string email = "provider@jena.demo")
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        var role = await db.SiteRoleAssignments.Where(a => a.Role == SiteRole.Provider)
            .Join(db.Users.Where(u => u.Email == email), a => a.UserId, u => u.Id, (a, _) => a).SingleAsync();
        return new DemoProvider(role.UserId, role.OrganisationId!.Value, role.SiteId!.Value);
    }

    /// <summary>A published course of this provider's organisation, with its own title.</summary>
    public async Task<Offering> CreateOfferingAsync(AppHost host, Func<OfferingDraft, OfferingDraft>? shape = null) =>
        await CatalogueOfferings.CreateAsync(host, $"Rückenfit {Guid.NewGuid():N}"[..18],
            draft => (shape?.Invoke(draft) ?? draft) with { OrganisationId = OrganisationId });

    /// <summary>The audit lines written about an offering, newest last.</summary>
    public static async Task<List<AuditEntry>> AuditAsync(AppHost host, string dataKind, string recordId)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        return await db.AuditEntries.Where(e => e.DataKind == dataKind && e.RecordId == recordId).OrderBy(e => e.Id).ToListAsync();
    }
}
