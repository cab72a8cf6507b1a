using Microsoft.Data.Sqlite;

namespace OneMatter.Storage.Tests.Sqlite;

/// <summary>The store suite on a real SQLite file in a temporary folder.</summary>
public sealed class SqliteMatterStoreTests : MatterStoreCompliance
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "onematter-store-" + Guid.NewGuid().ToString("N"));

    protected override Task<StorageOptions> FreshDatabaseAsync() =>
        Task.FromResult(StorageOptions.Sqlite(Path.Combine(_folder, "data", "onematter.db")));

    public override Task DisposeAsync()
    {
        // Pooled connections keep the file open: released before deleting it.
        OneMatter.Testing.TestFolder.Delete(_folder);
        return Task.CompletedTask;
    }
}
