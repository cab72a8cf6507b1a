using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OneMatter.Storage.Sqlite;

namespace OneMatter.Storage.Tests.Sqlite;

/// <summary>SQLite-only: the connection settings that make a commit durable.</summary>
[Collection(ConnectionPoolCollection.Name)]
public sealed class SqliteDurabilityTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "onematter-pragma-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task EveryConnection_IsWalWithSynchronousFull()
    {
        var options = StorageOptions.Sqlite(Path.Combine(_folder, "x.db"));
        await StoreFactory.OpenAsync(options);

        // Opened by EF, as the store's contexts open it.
        await using var db = options.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
        Assert.Equal("2", await ScalarAsync(connection, "PRAGMA synchronous"));
        Assert.NotEqual("0", await ScalarAsync(connection, "PRAGMA busy_timeout"));
        // Checkpoints run beside the writer (WalCheckpointer); a commit checkpoints itself only
        // as a safety valve.
        Assert.Equal(WalCheckpointer.SafetyValvePages.ToString(System.Globalization.CultureInfo.InvariantCulture),
            await ScalarAsync(connection, "PRAGMA wal_autocheckpoint"));
    }

    [Fact]
    public async Task APooledHandle_KeepsItsPragmas_WhenOpenedAgain()
    {
        var options = StorageOptions.Sqlite(Path.Combine(_folder, "x.db"));
        await StoreFactory.OpenAsync(options);
        object? first;
        await using (var db = options.CreateDbContext())
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await connection.OpenAsync();
            first = connection.Handle;
        }

        // The pool hands the same native handle out again; the interceptor skips it, and the
        // handle still has what it was given on its first open.
        for (var i = 0; i < 3; i++)
        {
            await using var db = options.CreateDbContext();
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await connection.OpenAsync();
            Assert.Same(first, connection.Handle);
            Assert.Equal("2", await ScalarAsync(connection, "PRAGMA synchronous"));
            Assert.Equal("10000", await ScalarAsync(connection, "PRAGMA busy_timeout"));
            Assert.Equal("1", await ScalarAsync(connection, "PRAGMA foreign_keys"));
        }
    }

    [Fact]
    public void Parse_PicksTheProviderFromTheValue()
    {
        Assert.Equal(StorageProvider.Sqlite, StorageOptions.Parse(null).Provider);
        Assert.EndsWith(Path.Combine("data", "onematter.db"), StorageOptions.Parse(null).SqliteFile, StringComparison.Ordinal);
        Assert.Equal(StorageProvider.Sqlite, StorageOptions.Parse("/tmp/x.db").Provider);
        Assert.Equal(StorageProvider.Postgres, StorageOptions.Parse("Host=127.0.0.1;Port=5433;Database=m").Provider);
        var url = StorageOptions.Parse("postgres://u:p@db:5433/matters");
        Assert.Equal((StorageProvider.Postgres, "Host=db;Port=5433;Database=matters;Username=u;Password=p"), (url.Provider, url.ConnectionString));
    }

    private static async Task<string?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => OneMatter.Testing.TestFolder.Delete(_folder);
}
