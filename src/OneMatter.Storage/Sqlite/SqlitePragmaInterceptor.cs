using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OneMatter.Storage.Sqlite;

/// <summary>
/// Sets the durability pragmas on every connection EF opens. <c>synchronous</c> and
/// <c>busy_timeout</c> are per connection, so setting them once at start is not enough; WAL is
/// persistent but cheap to assert.
/// </summary>
/// <remarks>
/// They belong to the native handle, which Microsoft.Data.Sqlite's pool hands out again on the
/// next open: each handle gets them once (remembered weakly, so a handle the pool closes is
/// forgotten with it). Running them on every open cost a reading request four statements and
/// was a fifth of the HTTP completion's pre-check.
/// </remarks>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    // FULL: an acknowledged commit survives power loss, not only a process crash (NORMAL in WAL
    // mode may lose the last transactions on power loss).
    // busy_timeout first: switching to WAL needs the file to itself and must wait, not fail, while
    // another connection (the accounts' migrations on a new database) writes.
    // wal_autocheckpoint: checkpoints run beside the writer (WalCheckpointer); a commit checkpoints
    // itself only as a safety valve (WalCheckpointer.SafetyValvePages).
    private static readonly string Pragmas = "PRAGMA busy_timeout=10000; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; "
        + $"PRAGMA wal_autocheckpoint={WalCheckpointer.SafetyValvePages};";

    public static SqlitePragmaInterceptor Instance { get; } = new();

    private static readonly ConditionalWeakTable<object, object> Prepared = new();

    /// <summary>Whether the native handle behind <paramref name="connection"/> still needs the pragmas.</summary>
    private static bool NeedsPragmas(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || !Prepared.TryGetValue(handle, out _);

    private static void Done(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            Prepared.AddOrUpdate(handle, Prepared);
        }
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!NeedsPragmas(connection))
        {
            return;
        }
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        Done(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!NeedsPragmas(connection))
        {
            return;
        }
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        Done(connection);
    }
}
