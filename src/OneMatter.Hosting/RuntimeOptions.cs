using OneMatter.Storage;

namespace OneMatter.Hosting;

/// <summary>
/// What a <see cref="OneMatterRuntime"/> runs on: one database (a SQLite file on one machine, or
/// PostgreSQL when several nodes share the matters and the timer queue), the workspace folders the
/// definitions, org directory and calendars are read from, and the clock.
/// </summary>
public sealed record RuntimeOptions
{
    /// <summary>The SQLite file (created with its folder if missing). Set this or
    /// <see cref="PostgreSqlConnectionString"/>, not both.</summary>
    public string? SqliteFile { get; init; }

    /// <summary>An Npgsql connection string: matters and Hangfire's timer jobs both live in that
    /// database, so every node sees the same timers. Set this or <see cref="SqliteFile"/>.</summary>
    public string? PostgreSqlConnectionString { get; init; }

    /// <summary>The <c>workflows/</c> folder: matter definitions, <c>org/</c> and <c>calendars/</c>.</summary>
    public required string WorkflowsFolder { get; init; }

    /// <summary>The <c>templates/</c> folder; definitions are checked against its template ids.</summary>
    public required string TemplatesFolder { get; init; }

    /// <summary>The public verification page printed on every issued document (its code is
    /// appended as <c>?code=</c>); part of the document's bytes, so set it before issuing.</summary>
    public string DocumentVerifyUrl { get; init; } = "http://localhost:5080/verify";

    /// <summary>The clock commands are decided at and timer jobs check due instants against.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>More definitions as YAML text, checked against the same org directory and calendars
    /// as the folder's. For tests and tools that need a matter the workspace does not hold (a timer of
    /// two seconds); one with the id and version of a folder definition replaces it.</summary>
    public IReadOnlyList<string> ExtraDefinitions { get; init; } = [];

    /// <summary>This node's id in the outbox's claims. Null for a fresh id per start. A node that
    /// restarts with the same id takes back at once the outbox rows it had claimed when it died;
    /// with a fresh id they wait for their lease to run out. Two live nodes must never share one.</summary>
    public string? NodeId { get; init; }

    /// <summary>Hangfire worker threads that fire timers; null for Hangfire's default.</summary>
    public int? TimerWorkerCount { get; init; }

    /// <summary>How often Hangfire moves due timer jobs to its queue: a timer fires up to this late.</summary>
    public TimeSpan TimerPollingInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>With in-memory Hangfire, how far ahead timers get jobs; later ones wait in the
    /// store and are swept in as they come near, so a restart re-creates jobs only for the near
    /// future (see <c>TimerHorizon</c>). Null gives every timer a job at once.</summary>
    public TimeSpan? TimerHorizon { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long the outbox waits before retrying effects that failed (a timer job that
    /// could not be created) when no new commit wakes it first.</summary>
    public TimeSpan OutboxRetryInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How often versions published and retirements recorded through other nodes sharing
    /// the database are picked up (zero: never; a command naming an unknown version still catches
    /// up at once).</summary>
    public TimeSpan DefinitionSyncInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Told every problem worth a log line: a definition file that was skipped, an effect
    /// that failed and will be retried. Must not throw. Null to keep them to
    /// <see cref="OneMatterRuntime.DefinitionErrors"/> only.</summary>
    public Action<string>? Report { get; init; }

    /// <summary>The store's options, after checking that exactly one database is named.</summary>
    internal StorageOptions Storage()
    {
        var sqlite = !string.IsNullOrWhiteSpace(SqliteFile);
        var postgres = !string.IsNullOrWhiteSpace(PostgreSqlConnectionString);
        if (sqlite == postgres)
        {
            throw new ArgumentException(
                sqlite
                    ? "Name one database: SqliteFile or PostgreSqlConnectionString, not both."
                    : "Name the database: SqliteFile or PostgreSqlConnectionString.");
        }
        return sqlite ? StorageOptions.Sqlite(SqliteFile!) : StorageOptions.Postgres(PostgreSqlConnectionString!);
    }
}
