using OneMatter.Engine.Persistence;
using OneMatter.Storage;

namespace OneMatter.Cli.Commands;

/// <summary>Opens the store named by <c>--database</c> for the inspection commands.</summary>
internal static class DatabaseLocator
{
    /// <summary>The store, or null with an error line when a SQLite file does not exist: an
    /// inspection must not create an empty database and then report it intact.</summary>
    public static IMatterStore? Open(Options options, TextWriter error)
    {
        var storage = StorageOptions.Parse(options["database"]);
        if (storage.SqliteFile is { } file && !File.Exists(file))
        {
            error.WriteLine($"no database at {file} (give --database <sqlite file or postgres connection string>)");
            return null;
        }
        return StoreFactory.OpenAsync(storage).GetAwaiter().GetResult();
    }
}
