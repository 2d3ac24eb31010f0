using Microsoft.Extensions.Configuration;

namespace Lebenswelten.Core.Data;

/// <summary>
/// Reads <c>Database:Provider</c>, <c>Database:MigrateOnStart</c> and <c>ConnectionStrings:Lebenswelten</c>.
/// Without a connection string the SQLite file lives in the app's data folder.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool MigrateOnStart)
{
    public const string ConnectionStringName = "Lebenswelten";

    public static DatabaseSettings From(IConfiguration configuration, string dataFolder)
    {
        var providerText = configuration["Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException(
                $"Database:Provider '{providerText}' is unknown; use 'Sqlite' or 'Postgres'.");
        }

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Lebenswelten is not set.");
            }
            Directory.CreateDirectory(dataFolder);
            connectionString = $"Data Source={Path.Combine(dataFolder, "lebenswelten.db")}";
        }

        var migrateOnStart = configuration.GetValue("Database:MigrateOnStart", defaultValue: true);
        return new DatabaseSettings(provider, connectionString, migrateOnStart);
    }
}
