namespace OneMatter.Storage.Tests.Sqlite;

/// <summary>
/// Tests that look at which native handle Microsoft.Data.Sqlite's pool hands out run alone:
/// other test classes call the process-wide <c>SqliteConnection.ClearAllPools()</c> when they
/// remove their folders, which would take a pooled handle away mid-test.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConnectionPoolCollection
{
    public const string Name = "SQLite connection pool";
}
