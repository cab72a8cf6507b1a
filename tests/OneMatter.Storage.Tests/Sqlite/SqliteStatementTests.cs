using System.Text;
using Microsoft.Data.Sqlite;

namespace OneMatter.Storage.Tests.Sqlite;

/// <summary>The commit's native statement binds text exactly: empty is '' (not NULL), non-ASCII
/// and long values round-trip, UTF-8 bytes are text.</summary>
public sealed class SqliteStatementTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteStatementTests()
    {
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE TABLE t (n INTEGER, v TEXT)";
        create.ExecuteNonQuery();
    }

    [Theory]
    [InlineData("")]
    [InlineData("cs-natural-resources")]
    [InlineData("白石镇农业农村办")]
    public void AString_IsStoredAsThatText(string value) => AssertStored(value, value);

    [Fact]
    public void ALongString_BeyondTheStackBuffer_IsStoredWhole() => AssertStored(new string('审', 1_000) + "end", new string('审', 1_000) + "end");

    [Fact]
    public void Utf8Bytes_AreStoredAsText_EmptyIncluded()
    {
        AssertStored(new Utf8Text(Encoding.UTF8.GetBytes("{\"unit\":\"秋川镇\"}")), "{\"unit\":\"秋川镇\"}");
        AssertStored(new Utf8Text([]), "");
    }

    [Fact]
    public void Null_IsNull()
    {
        using var insert = new SqliteStatement(_connection, "INSERT INTO t (n, v) VALUES (?, ?)", null);
        insert.Bind(0, 1L);
        insert.Bind(1, null);
        Assert.Equal(1, insert.Execute());
        using var read = new SqliteStatement(_connection, "SELECT typeof(v) FROM t WHERE n = ?", null);
        read.Bind(0, 1L);
        var types = new List<string>();
        read.Query(row => types.Add(row.Text(0)));
        Assert.Equal(["null"], types);
    }

    private void AssertStored(object value, string expected)
    {
        using (var clear = _connection.CreateCommand())
        {
            clear.CommandText = "DELETE FROM t";
            clear.ExecuteNonQuery();
        }
        using var insert = new SqliteStatement(_connection, "INSERT INTO t (n, v) VALUES (?, ?)", null);
        insert.Bind(0, 7L);
        insert.Bind(1, value);
        Assert.Equal(1, insert.Execute());

        using var read = new SqliteStatement(_connection, "SELECT n, typeof(v), v FROM t", null);
        var rows = new List<(long, string, string)>();
        read.Query(row => rows.Add((row.Int64(0), row.Text(1), row.Text(2))));
        Assert.Equal([(7L, "text", expected)], rows);
    }

    public void Dispose() => _connection.Dispose();
}
