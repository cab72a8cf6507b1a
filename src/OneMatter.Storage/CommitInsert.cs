using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace OneMatter.Storage;

/// <summary>
/// Rows of one table inserted by multi-row <c>INSERT … VALUES (…), (…)</c> statements: rows are
/// buffered and written in chunks, so a group's hundreds of rows cost a handful of statements
/// (and, on PostgreSQL, a handful of round trips) instead of one each. The statement of each
/// chunk size is built and prepared once per commit and reused. On SQLite the statement runs on
/// the native handle with positional parameters (<see cref="SqliteStatement"/>), so a wide
/// statement binds by index, not by a name scan.
/// </summary>
internal sealed class CommitInsert : IAsyncDisposable
{
    /// <summary>Rows per statement before <see cref="MaxParameters"/> caps it. One on SQLite:
    /// in-process there are no round trips to save, and in the load driver multi-row statements
    /// (8 or 50 rows, bound by position) were slower than one row each — a wide statement is
    /// compiled per commit (the cause is not measured further). 100 on PostgreSQL, where
    /// each statement is a round trip.</summary>
    public static int RowsPerStatement(StorageProvider provider) => provider == StorageProvider.Sqlite ? 1 : 100;

    /// <summary>Parameters per statement: far under PostgreSQL's 65,535 and under SQLite's
    /// historical 999 (newer builds allow 32,766).</summary>
    public const int MaxParameters = 990;

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly string _table;
    private readonly (string Name, DbType Type)[] _columns;
    private readonly List<object?[]> _rows = [];
    private readonly Dictionary<int, DbCommand> _commands = [];
    private readonly Dictionary<int, SqliteStatement> _statements = [];

    public CommitInsert(DbConnection connection, DbTransaction transaction, string table, (string Name, DbType Type)[] columns, int rowsPerStatement)
    {
        _connection = connection;
        _transaction = transaction;
        _table = table;
        _columns = columns;
        RowsPerChunk = ChunkSize(columns.Length, rowsPerStatement);
    }

    /// <summary>Rows written by one statement: as asked, but at most what
    /// <see cref="MaxParameters"/> allows and at least one.</summary>
    public int RowsPerChunk { get; }

    /// <summary>Statements run so far (for tests of the chunking).</summary>
    public int Statements { get; private set; }

    public static int ChunkSize(int columns, int rowsPerStatement) => Math.Clamp(MaxParameters / columns, 1, Math.Max(1, rowsPerStatement));

    /// <summary>Buffers a row (values in column order), writing a chunk when it is full.</summary>
    public async Task AddAsync(CancellationToken cancellationToken, params object?[] values)
    {
        if (values.Length != _columns.Length)
        {
            throw new ArgumentException($"{_table} takes {_columns.Length} values, not {values.Length}.", nameof(values));
        }
        _rows.Add(values);
        if (_rows.Count == RowsPerChunk)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the buffered rows.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_rows.Count == 0)
        {
            return;
        }
        if (_connection is SqliteConnection sqlite)
        {
            if (!_statements.TryGetValue(_rows.Count, out var statement))
            {
                statement = new SqliteStatement(sqlite, Sql(_rows.Count, positional: true), null);
                _statements.Add(_rows.Count, statement);
            }
            var i = 0;
            foreach (var row in _rows)
            {
                foreach (var value in row)
                {
                    statement.Bind(i++, value);
                }
            }
            statement.Execute();
        }
        else
        {
            // Only the full chunk is prepared: on Npgsql a prepare is a round trip of its own,
            // which the one remainder statement of a commit would not win back.
            var created = !_commands.TryGetValue(_rows.Count, out var command);
            command ??= Create(_rows.Count);
            var prepare = created && _rows.Count == RowsPerChunk;
            var i = 0;
            foreach (var row in _rows)
            {
                foreach (var value in row)
                {
                    command.Parameters[i++].Value = Utf8Text.ParameterValue(value);
                }
            }
            if (created)
            {
                _commands.Add(_rows.Count, command);
            }
            if (prepare)
            {
                await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
            }
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        Statements++;
        _rows.Clear();
    }

    private DbCommand Create(int rows)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < _columns.Length; c++)
            {
                var p = command.CreateParameter();
                p.ParameterName = ParameterName(r, c);
                p.DbType = _columns[c].Type;
                command.Parameters.Add(p);
            }
        }
        command.CommandText = Sql(rows, positional: false);
        return command;
    }

    /// <summary>The statement for <paramref name="rows"/> rows: named <c>@pR_C</c> parameters, or
    /// <c>?</c> ones (numbered in order by SQLite) for the native path.</summary>
    private string Sql(int rows, bool positional)
    {
        var sql = new StringBuilder();
        sql.Append("INSERT INTO \"").Append(_table).Append("\" (");
        sql.AppendJoin(", ", _columns.Select(c => "\"" + c.Name + "\""));
        sql.Append(") VALUES ");
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < _columns.Length; c++)
            {
                sql.Append(c == 0 ? "" : ", ").Append(positional ? "?" : ParameterName(r, c));
            }
            sql.Append(')');
        }
        return sql.ToString();
    }

    private static string ParameterName(int row, int column) =>
        "@p" + row.ToString(CultureInfo.InvariantCulture) + "_" + column.ToString(CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }
    }
}
