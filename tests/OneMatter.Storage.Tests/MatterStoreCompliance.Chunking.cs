using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OneMatter.Storage.Tests.Support;

namespace OneMatter.Storage.Tests;

/// <summary>The commit's multi-row inserts (<see cref="CommitInsert"/>) at the chunk boundaries,
/// on both databases: every row arrives once, in order, with its nulls and booleans, in as many
/// statements as the chunking says.</summary>
public abstract partial class MatterStoreCompliance
{
    [Fact]
    public void ChunkSize_IsTheRequestCappedByTheParameterLimit()
    {
        Assert.Equal(1, CommitInsert.ChunkSize(9, 1));
        Assert.Equal(4, CommitInsert.ChunkSize(3, 4));
        Assert.Equal(CommitInsert.MaxParameters / 9, CommitInsert.ChunkSize(9, 10_000));
        Assert.Equal(1, CommitInsert.ChunkSize(CommitInsert.MaxParameters + 1, 100));
        Assert.Equal(1, CommitInsert.ChunkSize(3, 0));
    }

    [StoreFact]
    public async Task CommitInsert_WritesEveryRowAtTheChunkBoundaries()
    {
        await CommitAsync(Rural.StartMatter("C1"));
        // 4 rows per statement: below, at, just over and over twice the chunk.
        foreach (var rows in new[] { 0, 1, 3, 4, 5, 9 })
        {
            await InsertOutboxAsync(rows, rowsPerStatement: 4, expectedStatements: (rows + 3) / 4);
        }
        // Capped by the parameter limit (3 columns: 330 rows per statement).
        var cap = CommitInsert.ChunkSize(CommitSql.OutboxParameters.Length, 10_000);
        await InsertOutboxAsync(cap, 10_000, 1);
        await InsertOutboxAsync(cap + 1, 10_000, 2);
    }

    [StoreFact]
    public async Task CommitInsert_RoundTripsNullsBooleansAndLongsOnWideRows()
    {
        await CommitAsync(Rural.StartMatter("C2"));
        await using var db = Db();
        // Task rows (17 columns) over the parameter cap: 58 rows per statement, so 59 rows are 2.
        var count = CommitInsert.ChunkSize(CommitSql.TaskParameters.Length, 10_000) + 1;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var insert = new CommitInsert(db.Database.GetDbConnection(), transaction.GetDbTransaction(), "Tasks", CommitSql.TaskParameters, 10_000);
            await using (insert)
            {
                for (var i = 0; i < count; i++)
                {
                    await insert.AddAsync(CancellationToken.None,
                        "C2", "w" + i, "t", "node", i % 2 == 0 ? null : "unit", null, null, null, null, "open",
                        i % 2 == 0, (long)i, i % 3 == 0 ? null : (long?)(i * 1_000_000_000_000L), i % 2 == 1, false, true, i);
                }
                await insert.FlushAsync(CancellationToken.None);
                Assert.Equal(2, insert.Statements);
            }
            await transaction.CommitAsync();
        }
        var stored = await db.Tasks.AsNoTracking().Where(t => t.InstanceId == "C2" && t.TaskId == "t").ToListAsync();
        Assert.Equal(count, stored.Count);
        foreach (var t in stored)
        {
            var i = int.Parse(t.WorkItemId[1..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(i % 2 == 0 ? null : "unit", t.Unit);
            Assert.Null(t.Assignee);
            Assert.Equal(i % 2 == 0, t.ForApplicant);
            Assert.Equal(i, t.CreatedUtcTicks);
            Assert.Equal(i % 3 == 0 ? null : i * 1_000_000_000_000L, t.DueUtcTicks);
            Assert.Equal(i % 2 == 1, t.Warned);
            Assert.False(t.Overdue);
            Assert.True(t.Supervised);
            Assert.Equal(i, t.Urged);
        }
    }

    [StoreFact]
    public async Task CommitStatements_MissingRowIsZero_TakenKeyThrowsADbException()
    {
        await CommitAsync(Rural.StartMatter("C3"));
        await using var db = Db();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var insert = new CommitCommand(db.Database.GetDbConnection(), transaction.GetDbTransaction(), CommitSql.DeleteTimer, CommitSql.TimerKeyParameters);
            await using (insert)
            {
                Assert.Equal(0, await insert.RunAsync(CancellationToken.None, "C3", "no-such-timer"));
            }
            var task = new CommitInsert(db.Database.GetDbConnection(), transaction.GetDbTransaction(), "Tasks", CommitSql.TaskParameters, 1);
            await using (task)
            {
                object?[] row = ["C3", "w", "dup", "node", null, null, null, null, null, "open", false, 1L, null, false, false, false, 0];
                await task.AddAsync(CancellationToken.None, row);
                await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => task.AddAsync(CancellationToken.None, row));
            }
            await transaction.RollbackAsync();
        }
        Assert.Equal(0, await db.Tasks.CountAsync(t => t.TaskId == "dup"));
    }

    private async Task InsertOutboxAsync(int rows, int rowsPerStatement, int expectedStatements)
    {
        await using var db = Db();
        var marker = "chunk-" + rows + "-" + rowsPerStatement;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var insert = new CommitInsert(db.Database.GetDbConnection(), transaction.GetDbTransaction(), "Outbox", CommitSql.OutboxParameters, rowsPerStatement);
            await using (insert)
            {
                for (var i = 0; i < rows; i++)
                {
                    await insert.AddAsync(CancellationToken.None, "C1", marker + ":" + i, 1 + (i % 3), (long)i);
                }
                await insert.FlushAsync(CancellationToken.None);
                Assert.Equal(expectedStatements, insert.Statements);
            }
            await transaction.CommitAsync();
        }
        var stored = await db.Outbox.AsNoTracking().Where(o => o.EffectJson.StartsWith(marker + ":")).OrderBy(o => o.Id).ToListAsync();
        Assert.Equal(rows, stored.Count);
        for (var i = 0; i < rows; i++)
        {
            Assert.Equal(marker + ":" + i, stored[i].EffectJson);
            Assert.Equal(1 + (i % 3), stored[i].EffectCount);
            Assert.Equal(i, stored[i].CreatedUtcTicks);
        }
    }
}
