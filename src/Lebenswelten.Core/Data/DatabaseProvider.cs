namespace Lebenswelten.Core.Data;

public enum DatabaseProvider
{
    /// <summary>The embedded default: one file, created and migrated on start.</summary>
    Sqlite,

    /// <summary>Production and scale-out store.</summary>
    Postgres,
}
