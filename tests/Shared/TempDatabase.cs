// Shared by the storage, runtime, scheduling and hosting test projects (linked, not copied).
using OneMatter.Engine.Persistence;
using OneMatter.Storage;

namespace OneMatter.Testing;

/// <summary>A real SQLite file in a private temp folder, removed afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "onematter-test-" + Guid.NewGuid().ToString("N"));

    public TempDatabase() => Directory.CreateDirectory(_folder);

    public string File => Path.Combine(_folder, "matters.db");

    /// <summary>A new store on the file (migrated on first open).</summary>
    public Task<IMatterStore> OpenAsync(TimeProvider? time = null) => StoreFactory.OpenAsync(File, time);

    public void Dispose()
    {
        try
        {
            TestFolder.Delete(_folder);
        }
        catch (IOException)
        {
            // A pooled handle may still be open; the OS temp cleaner takes the rest.
        }
    }
}
