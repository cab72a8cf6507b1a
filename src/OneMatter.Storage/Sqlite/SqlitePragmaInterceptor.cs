using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OneMatter.Storage.Sqlite;

/// <summary>
/// Sets the durability pragmas on every connection EF opens. <c>synchronous</c> and
/// <c>busy_timeout</c> are per connection (pooled connections included), so setting them once
/// at start is not enough; WAL is persistent but cheap to assert.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    // FULL: an acknowledged commit survives power loss, not only a process crash (NORMAL in WAL
    // mode may lose the last transactions on power loss).
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

    public static SqlitePragmaInterceptor Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
