namespace OneMatter.Storage;

/// <summary>Which database holds the matters.</summary>
public enum StorageProvider
{
    /// <summary>A SQLite file: one machine, one process.</summary>
    Sqlite,
    /// <summary>PostgreSQL: several server nodes on one database.</summary>
    Postgres,
}
