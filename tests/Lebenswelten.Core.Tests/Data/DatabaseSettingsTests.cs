using Microsoft.Extensions.Configuration;

namespace Lebenswelten.Core.Tests.Data;

public sealed class DatabaseSettingsTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, v.Value))).Build();

    [Fact]
    public void Without_configuration_the_app_uses_a_SQLite_file_in_its_data_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"lw-settings-{Guid.NewGuid():N}");

        var settings = DatabaseSettings.From(Config(), folder);

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Equal($"Data Source={Path.Combine(folder, "lebenswelten.db")}", settings.ConnectionString);
        Assert.True(settings.MigrateOnStart);
        Assert.True(Directory.Exists(folder));
        Directory.Delete(folder);
    }

    [Fact]
    public void Postgres_is_chosen_by_configuration_and_can_skip_migrating_on_start()
    {
        var settings = DatabaseSettings.From(Config(
            ("Database:Provider", "Postgres"),
            ("Database:MigrateOnStart", "false"),
            ("ConnectionStrings:Lebenswelten", "Host=db;Database=lw")), "unused");

        Assert.Equal(DatabaseProvider.Postgres, settings.Provider);
        Assert.Equal("Host=db;Database=lw", settings.ConnectionString);
        Assert.False(settings.MigrateOnStart);
    }

    [Fact]
    public void Postgres_without_a_connection_string_fails_with_a_clear_message()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            DatabaseSettings.From(Config(("Database:Provider", "Postgres")), "unused"));

        Assert.Contains("ConnectionStrings:Lebenswelten", error.Message);
    }

    [Fact]
    public void An_unknown_provider_is_named_in_the_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            DatabaseSettings.From(Config(("Database:Provider", "Oracle")), "unused"));

        Assert.Contains("'Oracle'", error.Message);
    }
}
