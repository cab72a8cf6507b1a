using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace OneMatter.Storage;

/// <summary>
/// One statement of a SQLite commit, prepared on the connection's native handle and bound by
/// position. Microsoft.Data.Sqlite costs per execution a data reader, a name lookup per parameter
/// (a UTF-8 conversion and SQLite's linear scan of the statement's names) and its own checks; the
/// profile of the load driver put that near a third of the commit, which this skips. Finalized
/// when disposed, which the commit does before COMMIT or ROLLBACK.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly int[]? _indexes;

    /// <summary>Prepares <paramref name="sql"/> on the open connection.</summary>
    /// <param name="connection">An open connection (the commit's, inside its transaction).</param>
    /// <param name="sql">The statement.</param>
    /// <param name="parameterNames">The names (with prefix) the values of <see cref="Bind"/> are
    /// given in, looked up once here; null when the statement uses positional <c>?</c> parameters
    /// in value order.</param>
    public SqliteStatement(SqliteConnection connection, string sql, IReadOnlyList<string>? parameterNames)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _statement);
        SqliteException.ThrowExceptionForRC(rc, _db);
        if (parameterNames is not null)
        {
            _indexes = new int[parameterNames.Count];
            for (var i = 0; i < _indexes.Length; i++)
            {
                _indexes[i] = raw.sqlite3_bind_parameter_index(_statement, parameterNames[i]);
                if (_indexes[i] == 0)
                {
                    _statement.Dispose();
                    throw new InvalidOperationException($"Parameter {parameterNames[i]} is not in: {sql}");
                }
            }
        }
    }

    /// <summary>Binds the <paramref name="position"/>-th value (0-based, in parameter order).
    /// Values are typed as the commit passes them: strings, UTF-8 text, 64- and 32-bit integers, booleans
    /// (stored as 0/1, as Microsoft.Data.Sqlite does) and null.</summary>
    public void Bind(int position, object? value)
    {
        var index = _indexes is null ? position + 1 : _indexes[position];
        var rc = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(_statement, index),
            string s => raw.sqlite3_bind_text(_statement, index, s),
            Utf8Text t => raw.sqlite3_bind_text(_statement, index, t.Bytes.AsSpan()),
            long l => raw.sqlite3_bind_int64(_statement, index, l),
            int i => raw.sqlite3_bind_int64(_statement, index, i),
            bool b => raw.sqlite3_bind_int64(_statement, index, b ? 1 : 0),
            _ => throw new NotSupportedException($"A commit value of type {value.GetType()} has no SQLite binding here."),
        };
        SqliteException.ThrowExceptionForRC(rc, _db);
    }

    /// <summary>Runs the statement with the values bound so far; returns the rows it changed.
    /// A failure (a taken key, say) throws a <see cref="SqliteException"/>, a DbException as from
    /// any other command.</summary>
    public int Execute()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            // Read the message before the reset, which may replace it.
            var error = new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(_db));
            raw.sqlite3_reset(_statement);
            throw error;
        }
        var changed = raw.sqlite3_changes(_db);
        raw.sqlite3_reset(_statement);
        return changed;
    }

    /// <summary>Runs the statement with the values bound so far and hands each result row to
    /// <paramref name="row"/>, which reads it through <see cref="Text"/> and <see cref="Int64"/>.</summary>
    public void Query(Action<SqliteStatement> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        try
        {
            int rc;
            while ((rc = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
            {
                row(this);
            }
            if (rc != raw.SQLITE_DONE)
            {
                throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(_db));
            }
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>The current row's text column (0-based).</summary>
    public string Text(int column) => raw.sqlite3_column_text(_statement, column).utf8_to_string();

    /// <summary>The current row's integer column (0-based).</summary>
    public long Int64(int column) => raw.sqlite3_column_int64(_statement, column);

    public void Dispose() => _statement.Dispose();
}
