using System.Data.Common;

namespace OneMatter.Storage;

internal sealed partial class EfMatterStore
{
    /// <summary>The commit's statements, each prepared on first use and reused for every row.</summary>
    private sealed class CommitWriter(DbConnection connection, DbTransaction transaction, int rows) : IAsyncDisposable
    {
        public CommitInsert Event { get; } = new(connection, transaction, "Events", CommitSql.EventParameters, rows);
        public CommitInsert Outbox { get; } = new(connection, transaction, "Outbox", CommitSql.OutboxParameters, rows);
        public CommitInsert Idempotency { get; } = new(connection, transaction, "IdempotencyKeys", CommitSql.IdempotencyParameters, rows);
        public CommitCommand InsertInstance { get; } = new(connection, transaction, CommitSql.InsertInstance, CommitSql.InstanceParameters);
        public CommitCommand UpdateInstance { get; } = new(connection, transaction, CommitSql.UpdateInstance, CommitSql.UpdateInstanceParameters);
        public CommitCommand UpsertSnapshot { get; } = new(connection, transaction, CommitSql.UpsertSnapshot, CommitSql.SnapshotParameters);
        public CommitInsert InsertTask { get; } = new(connection, transaction, "Tasks", CommitSql.TaskParameters, rows);
        public CommitCommand UpdateTask { get; } = new(connection, transaction, CommitSql.UpdateTask, CommitSql.TaskParameters);
        public CommitCommand DeleteTask { get; } = new(connection, transaction, CommitSql.DeleteTask, CommitSql.TaskKeyParameters);
        public CommitInsert InsertTimer { get; } = new(connection, transaction, "Timers", CommitSql.TimerParameters, rows);
        public CommitCommand UpdateTimer { get; } = new(connection, transaction, CommitSql.UpdateTimer, CommitSql.TimerParameters);
        public CommitCommand DeleteTimer { get; } = new(connection, transaction, CommitSql.DeleteTimer, CommitSql.TimerKeyParameters);

        public async ValueTask DisposeAsync()
        {
            foreach (var command in new IAsyncDisposable[] { Event, Outbox, Idempotency, InsertInstance, UpdateInstance, UpsertSnapshot, InsertTask, UpdateTask, DeleteTask, InsertTimer, UpdateTimer, DeleteTimer })
            {
                await command.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
