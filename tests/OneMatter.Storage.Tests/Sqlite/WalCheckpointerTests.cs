using Microsoft.Data.Sqlite;
using OneMatter.Storage.Sqlite;
using OneMatter.Storage.Tests.Support;

namespace OneMatter.Storage.Tests.Sqlite;

/// <summary>SQLite-only: checkpoints run beside the writer, not inside its commits.</summary>
[Collection(ConnectionPoolCollection.Name)]
public sealed class WalCheckpointerTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "onematter-checkpoint-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task AfterACommit_TheLogIsCopiedIntoTheDatabaseInTheBackground()
    {
        var options = StorageOptions.Sqlite(Path.Combine(_folder, "x.db"));
        var store = (EfMatterStore)await StoreFactory.OpenAsync(options);
        var checkpointer = store.Checkpointer!;

        await store.CommitAsync([RuralHousing.Shared.StartMatter("A1")]);

        // The commit returns at once; the checkpoint follows on the thread pool.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (checkpointer.Completed == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
        Assert.Null(checkpointer.LastError);
        Assert.True(checkpointer.Completed >= 1, "no checkpoint ran after the commit");
        var (log, copied) = checkpointer.Last;
        Assert.True(log > 0, "the checkpoint found an empty log: the commit checkpointed itself");
        Assert.Equal(log, copied);

        // And what it copied is the committed state: a connection reading the file sees it.
        SqliteConnection.ClearAllPools();
        await using var reader = new SqliteConnection(options.ConnectionString);
        await reader.OpenAsync();
        await using var count = reader.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM \"Events\" WHERE \"InstanceId\" = 'A1'";
        Assert.True(Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public void Checkpoint_OnAFileThatCannotBeOpened_IsReportedNotThrownFromTheCommit()
    {
        // A folder that does not exist: the checkpoint's connection fails to open.
        var checkpointer = new WalCheckpointer(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(_folder, "missing", "x.db"),
            Mode = SqliteOpenMode.ReadWrite,
        }.ToString());

        checkpointer.AfterCommit();

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (checkpointer.LastError is null && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(10);
        }
        Assert.IsType<SqliteException>(checkpointer.LastError);
        Assert.Equal(0, checkpointer.Completed);
    }

    public void Dispose() => OneMatter.Testing.TestFolder.Delete(_folder);
}
