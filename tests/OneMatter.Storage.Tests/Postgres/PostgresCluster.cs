using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using OneMatter.Storage.Tests.Support;

namespace OneMatter.Storage.Tests.Postgres;

/// <summary>
/// A private PostgreSQL 15 cluster for one test class: initdb in a temporary folder it owns,
/// trust auth, listening on 127.0.0.1 at a free port, stopped by its own <c>pg_ctl</c> on
/// dispose. initdb refuses to run as root, so as root the cluster runs as the <c>postgres</c>
/// user. Nothing is started when the binaries are missing; <see cref="CreateDatabaseAsync"/>
/// then fails with the install command (the tests are skipped unless ONEMATTER_REQUIRE_ALL=1).
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "onematter-pg-" + Guid.NewGuid().ToString("N"));
    private readonly bool _asPostgresUser = Environment.UserName == "root";
    private readonly bool _started;
    private int _databases;

    public PostgresCluster()
    {
        if (!PostgresBinaries.Installed)
        {
            return;
        }
        Port = FreePort();
        Directory.CreateDirectory(_folder);
        if (_asPostgresUser)
        {
            Run("chown", ["postgres:postgres", _folder], asPostgres: false);
        }
        var data = Path.Combine(_folder, "data");
        Run(Path.Combine(PostgresBinaries.Directory, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale"], _asPostgresUser);
        // fsync off: a test cluster needs speed, not durability. The socket goes in our folder
        // because /var/run/postgresql may not exist or be writable.
        Run(Path.Combine(PostgresBinaries.Directory, "pg_ctl"),
            ["-D", data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
             "-o", $"-h 127.0.0.1 -p {Port} -k {_folder} -F -c max_connections=200", "start"], _asPostgresUser);
        _started = true;
    }

    /// <summary>The port it listens on.</summary>
    public int Port { get; }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        if (!_started)
        {
            throw new InvalidOperationException(PostgresBinaries.SkipReason
                ?? $"PostgreSQL 15 is required (ONEMATTER_REQUIRE_ALL=1) but {PostgresBinaries.Directory}/initdb is missing: {PostgresBinaries.InstallCommand}");
        }
        var name = $"t{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..30];
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            await command.ExecuteNonQueryAsync();
        }
        return ConnectionString(name);
    }

    private string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=10";

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        if (_started)
        {
            Run(Path.Combine(PostgresBinaries.Directory, "pg_ctl"), ["-D", Path.Combine(_folder, "data"), "-m", "fast", "-w", "stop"], _asPostgresUser);
        }
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string program, IReadOnlyList<string> args, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(a);
            }
        }
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + program);
        // Read both streams before waiting: pg_ctl's server inherits them otherwise and a full
        // pipe would block it.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} did not finish in 120 s");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {process.ExitCode}: {stdout.Result}{stderr.Result}");
        }
    }
}
