using Npgsql;
using OneMatter.Storage.Tests.Support;

namespace OneMatter.Storage.Tests.Postgres;

/// <summary>The store suite on a private PostgreSQL 15 cluster, a fresh database per test.</summary>
[RequiresPostgres]
public sealed class PostgresMatterStoreTests : MatterStoreCompliance, IClassFixture<PostgresCluster>
{
    private readonly PostgresCluster _cluster;

    public PostgresMatterStoreTests(PostgresCluster cluster)
    {
        _cluster = cluster;
    }

    protected override async Task<StorageOptions> FreshDatabaseAsync() =>
        StorageOptions.Postgres(await _cluster.CreateDatabaseAsync());

    public override Task DisposeAsync()
    {
        // Each test's database has its own pool; close them so the cluster keeps few connections.
        NpgsqlConnection.ClearAllPools();
        return Task.CompletedTask;
    }

    [RequiresPostgresFact]
    public async Task Cluster_AcceptsConnections()
    {
        await using var connection = new NpgsqlConnection(await _cluster.CreateDatabaseAsync());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SHOW server_version";
        Assert.StartsWith("15", (string?)await command.ExecuteScalarAsync(), StringComparison.Ordinal);
    }
}
