using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Time.Testing;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Persistence;
using OneMatter.Storage.Tests.Support;

namespace OneMatter.Storage.Tests;

/// <summary>
/// The one store test suite, subclassed per database (SQLite, PostgreSQL). Each test gets a
/// fresh, freshly migrated database. Real instances come from the real engine on the real
/// rural-housing definition. Partial files by concern.
/// </summary>
public abstract partial class MatterStoreCompliance : IAsyncLifetime
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    protected IMatterStore Store { get; private set; } = null!;

    private protected static RuralHousing Rural => RuralHousing.Shared;

    /// <summary>An empty database of the provider under test.</summary>
    protected abstract Task<StorageOptions> FreshDatabaseAsync();

    /// <summary>The database under test.</summary>
    protected StorageOptions Options { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Options = await FreshDatabaseAsync();
        Store = await StoreFactory.OpenAsync(Options, Time);
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    private protected MatterDbContext Db() => ((EfMatterStore)Store).CreateDbContext();

    /// <summary>Commits one change and returns its new state.</summary>
    private protected async Task<MatterState> CommitAsync(MatterChange change)
    {
        await Store.CommitAsync([change]);
        return change.NewState;
    }

    /// <summary>Runs raw SQL with identifiers quoted for the provider ({0}… are parameters).</summary>
    private protected async Task<int> RawSqlAsync(Func<Func<string, string>, string> sql, params object[] parameters)
    {
        await using var db = Db();
        var helper = db.GetService<ISqlGenerationHelper>();
        return await db.Database.ExecuteSqlRawAsync(sql(helper.DelimitIdentifier), parameters);
    }

    private protected static string Json(MatterState state) => MatterJson.Serialize(state);

    [StoreFact]
    public async Task Open_AppliesMigrations_SchemaIsComplete()
    {
        await using var db = Db();
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Instances.CountAsync());
        Assert.Equal(0, await db.Events.CountAsync());
        Assert.Equal(0, await db.Tasks.CountAsync());
        Assert.Equal(0, await db.Timers.CountAsync());
        Assert.Equal(0, await db.Outbox.CountAsync());
        Assert.Equal(0, await db.Documents.CountAsync());
        Assert.Equal(0, await db.DefinitionVersions.CountAsync());
        Assert.Equal(0, await db.IdempotencyKeys.CountAsync());
    }

    [StoreFact]
    public async Task Load_Unknown_IsNull()
    {
        Assert.Null(await Store.LoadAsync("nobody"));
        Assert.Empty(await Store.EventsAsync("nobody"));
    }
}
