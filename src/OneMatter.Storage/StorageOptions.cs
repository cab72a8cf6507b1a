using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OneMatter.Storage.Postgres;
using OneMatter.Storage.Sqlite;

namespace OneMatter.Storage;

/// <summary>Where the store lives: a SQLite file (the default, <c>data/onematter.db</c>) or a
/// PostgreSQL connection string.</summary>
public sealed record StorageOptions
{
    /// <summary>The default SQLite file, relative to the working directory.</summary>
    public const string DefaultSqliteFile = "data/onematter.db";

    /// <summary>The provider.</summary>
    public required StorageProvider Provider { get; init; }

    /// <summary>The ADO.NET connection string.</summary>
    public required string ConnectionString { get; init; }

    /// <summary>How many instances' task and timer rows the store remembers between commits, so
    /// a commit diffs against them instead of reading them back (see <see cref="ProjectionCache"/>).</summary>
    public int ProjectionCacheSize { get; init; } = 20_000;

    /// <summary>SQLite on a file (created with its folder if missing).</summary>
    public static StorageOptions Sqlite(string path) => new()
    {
        Provider = StorageProvider.Sqlite,
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(path),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString(),
    };

    /// <summary>PostgreSQL by an Npgsql connection string.</summary>
    public static StorageOptions Postgres(string connectionString) => new()
    {
        Provider = StorageProvider.Postgres,
        ConnectionString = connectionString,
    };

    /// <summary>
    /// Reads a <c>--database</c> value: an Npgsql connection string (it has <c>Host=</c> or
    /// <c>Server=</c>) or a <c>postgres://</c> URL means PostgreSQL; anything else is a SQLite
    /// file path (or a SQLite <c>Data Source=</c> string). Null or empty means the default file.
    /// </summary>
    public static StorageOptions Parse(string? database)
    {
        if (string.IsNullOrWhiteSpace(database))
        {
            return Sqlite(DefaultSqliteFile);
        }
        var text = database.Trim();
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return Postgres(FromUrl(new Uri(text)));
        }
        if (text.Contains("Host=", StringComparison.OrdinalIgnoreCase) || text.Contains("Server=", StringComparison.OrdinalIgnoreCase))
        {
            return Postgres(text);
        }
        if (text.Contains("Data Source=", StringComparison.OrdinalIgnoreCase))
        {
            return Sqlite(new SqliteConnectionStringBuilder(text).DataSource);
        }
        return Sqlite(text);
    }

    /// <summary>The SQLite file, or null for PostgreSQL.</summary>
    public string? SqliteFile => Provider == StorageProvider.Sqlite ? new SqliteConnectionStringBuilder(ConnectionString).DataSource : null;

    /// <summary>A new context of the provider's subclass; the caller disposes it. For one-off
    /// use (migrations, tools); a store keeps a <see cref="ContextPool"/> instead.</summary>
    internal MatterDbContext CreateDbContext() => Provider switch
    {
        StorageProvider.Sqlite => new SqliteMatterDbContext(SqliteContextOptions()),
        _ => new PostgresMatterDbContext(PostgresContextOptions()),
    };

    /// <summary>A pool of contexts for a store: building a context's options and resolving its
    /// services on every call cost about a tenth of a group commit; a pooled context is reset
    /// and reused instead.</summary>
    internal Func<MatterDbContext> ContextPool()
    {
        if (Provider == StorageProvider.Sqlite)
        {
            var sqlite = new PooledDbContextFactory<SqliteMatterDbContext>(SqliteContextOptions());
            return sqlite.CreateDbContext;
        }
        var postgres = new PooledDbContextFactory<PostgresMatterDbContext>(PostgresContextOptions());
        return postgres.CreateDbContext;
    }

    /// <summary>What every EF context on a SQLite database of this store carries, also the
    /// server's accounts: WAL, <c>synchronous=FULL</c> (an acknowledged change survives power
    /// loss), a busy timeout (two contexts migrating one new file wait for each other instead of
    /// failing) and foreign keys.</summary>
    public static IInterceptor SqlitePragmas => SqlitePragmaInterceptor.Instance;

    private DbContextOptions<SqliteMatterDbContext> SqliteContextOptions() => new DbContextOptionsBuilder<SqliteMatterDbContext>()
        .UseSqlite(ConnectionString, sqlite => sqlite.MigrationsAssembly(typeof(MatterDbContext).Assembly.FullName))
        .AddInterceptors(SqlitePragmaInterceptor.Instance)
        .Options;

    private DbContextOptions<PostgresMatterDbContext> PostgresContextOptions() => new DbContextOptionsBuilder<PostgresMatterDbContext>()
        .UseNpgsql(ConnectionString)
        .Options;

    private static string FromUrl(Uri url)
    {
        var user = url.UserInfo.Split(':', 2);
        var parts = new List<string> { $"Host={url.Host}" };
        if (url.Port > 0)
        {
            parts.Add($"Port={url.Port}");
        }
        if (url.AbsolutePath.Length > 1)
        {
            parts.Add($"Database={Uri.UnescapeDataString(url.AbsolutePath[1..])}");
        }
        if (user[0].Length > 0)
        {
            parts.Add($"Username={Uri.UnescapeDataString(user[0])}");
        }
        if (user.Length > 1)
        {
            parts.Add($"Password={Uri.UnescapeDataString(user[1])}");
        }
        return string.Join(';', parts);
    }
}
