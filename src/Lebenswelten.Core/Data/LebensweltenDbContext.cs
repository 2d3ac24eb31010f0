using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Network;
using Lebenswelten.Core.Sites;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Lebenswelten.Core.Data;

public sealed class LebensweltenDbContext(DbContextOptions<LebensweltenDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Site> Sites => Set<Site>();
    public DbSet<District> Districts => Set<District>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<SiteRoleAssignment> SiteRoleAssignments => Set<SiteRoleAssignment>();

    /// <summary>Shared data-protection keys, so that every web node can read every node's cookies and tokens.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LebensweltenDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // Enums as text: readable in both databases and stable when members are added.
        configuration.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
