using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace OneMatter.Storage.Sqlite;

/// <summary>
/// Copies the write-ahead log back into the database file beside the writer instead of inside
/// its commits. SQLite's own automatic checkpoint runs in the COMMIT that crosses 1,000 WAL pages:
/// that commit then writes every page the log holds into the database file and fsyncs it before
/// its callers are acknowledged. In the load driver that was about a third of the time spent in
/// COMMIT. Here the commit only appends to the log (and fsyncs it, which is what makes it
/// durable); after a commit, at most every <see cref="MinimumInterval"/>, a PASSIVE checkpoint
/// runs on its own connection on the thread pool. A page written by several commits in between
/// is copied once.
/// </summary>
/// <remarks>
/// Durability does not depend on checkpoints: an acknowledged commit is in the fsynced log, and a
/// crash mid-checkpoint is recovered by SQLite on the next open. PASSIVE never waits for readers
/// or the writer; what it cannot copy yet is copied by the next one. Connections keep a raised
/// <c>wal_autocheckpoint</c> (<see cref="SafetyValvePages"/>) as a bound on the log should this
/// checkpointer fall behind or a process write without a store.
/// </remarks>
internal sealed class WalCheckpointer(string connectionString)
{
    // Its own short-lived handle: not pooled (a checkpoint at most every MinimumInterval does not
    // need one kept open, and a pooled handle without the EF interceptor's pragmas must not be
    // handed to a context), and never creating a database that is not there (a folder being
    // deleted, say).
    private readonly string _connectionString = new SqliteConnectionStringBuilder(connectionString)
    {
        Pooling = false,
        Mode = SqliteOpenMode.ReadWrite,
    }.ToString();

    /// <summary>The least time between two checkpoints: enough for a busy writer's commits to
    /// share one, short enough to keep the log small.</summary>
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>The <c>wal_autocheckpoint</c> every connection carries: a commit checkpoints
    /// itself only when the log has grown this far (64 MiB of 4 KiB pages).</summary>
    public const int SafetyValvePages = 16_384;

    private int _running;
    private long _lastStarted;
    private long _completed;

    /// <summary>Checkpoints finished so far (for tests).</summary>
    public long Completed => Interlocked.Read(ref _completed);

    /// <summary>What the last checkpoint reported: pages in the log and pages copied.</summary>
    public (long LogPages, long CopiedPages) Last { get; private set; }

    /// <summary>The last checkpoint's failure, if it failed (it is tried again after the next commit).</summary>
    public Exception? LastError { get; private set; }

    /// <summary>Called after every commit: starts a checkpoint unless one runs or one started
    /// less than <see cref="MinimumInterval"/> ago. Never blocks.</summary>
    public void AfterCommit()
    {
        var last = Interlocked.Read(ref _lastStarted);
        if (last != 0 && Stopwatch.GetElapsedTime(last) < MinimumInterval)
        {
            return;
        }
        if (Interlocked.CompareExchange(ref _running, 1, 0) != 0)
        {
            return;
        }
        Interlocked.Exchange(ref _lastStarted, Stopwatch.GetTimestamp());
        _ = Task.Run(Run);
    }

    /// <summary>Runs one PASSIVE checkpoint now, on the calling thread (also used by tests).</summary>
    public void Checkpoint()
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        // FULL: the database file is fsynced before the log may be reused.
        command.CommandText = "PRAGMA synchronous=FULL; PRAGMA wal_checkpoint(PASSIVE);";
        using var reader = command.ExecuteReader();
        if (reader.Read())
        {
            Last = (reader.GetInt64(1), reader.GetInt64(2));
        }
        Interlocked.Increment(ref _completed);
    }

    private void Run()
    {
        try
        {
            Checkpoint();
            LastError = null;
        }
#pragma warning disable CA1031 // A failed checkpoint loses nothing (the log still holds every commit); the next commit tries again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LastError = ex;
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }
}
