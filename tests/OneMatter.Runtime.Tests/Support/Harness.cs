using Microsoft.Extensions.Time.Testing;
using OneMatter.Engine.Persistence;

namespace OneMatter.Runtime.Tests.Support;

/// <summary>A writer over a counting decorator of a real SQLite store on a temp file.</summary>
internal sealed class Harness : IAsyncDisposable
{
    private Harness(TempDatabase database, IMatterStore raw, CountingStore store, FakeTimeProvider time, CommandWriter writer)
    {
        Database = database;
        Raw = raw;
        Store = store;
        Time = time;
        Writer = writer;
    }

    public TempDatabase Database { get; }

    public IMatterStore Raw { get; }

    public CountingStore Store { get; }

    public FakeTimeProvider Time { get; }

    public CommandWriter Writer { get; }

    public static RuralHousing Matters => RuralHousing.Shared;

    public static async Task<Harness> CreateAsync(TempDatabase? database = null, CommandWriterOptions? options = null)
    {
        database ??= new TempDatabase();
        var time = new FakeTimeProvider(RuralHousing.Start);
        var raw = await database.OpenAsync(time);
        var store = new CountingStore(raw);
        var writer = new CommandWriter(store, Matters.Engine, Matters.Catalog, time, options);
        return new Harness(database, raw, store, time, writer);
    }

    public Task<CommandOutcome> StartAsync(string instanceId, string? key = null) =>
        Writer.StartAsync(Matters.StartCommand(instanceId), "rural-housing", idempotencyKey: key);

    public async ValueTask DisposeAsync()
    {
        await Writer.DisposeAsync();
        Database.Dispose();
    }
}
