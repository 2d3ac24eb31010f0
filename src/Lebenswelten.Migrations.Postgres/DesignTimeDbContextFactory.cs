using Lebenswelten.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Lebenswelten.Migrations.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for this provider without starting the web app.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<LebensweltenDbContext>
{
    public LebensweltenDbContext CreateDbContext(string[] args)
    {
        var settings = new DatabaseSettings(DatabaseProvider.Postgres, "Host=localhost;Database=lebenswelten_design",
            MigrateOnStart: false);
        return DatabaseModule.CreateDbContext(settings);
    }
}
