using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace OneMatter.Storage;

/// <summary>One parameterised statement of a commit, created on first use and reused for every
/// row of the group (prepared once; only the parameter values change). On SQLite it runs on the
/// native handle (<see cref="SqliteStatement"/>), elsewhere as a prepared ADO.NET command.</summary>
internal sealed class CommitCommand : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly string _sql;
    private readonly (string Name, DbType Type)[] _parameters;
    private DbCommand? _command;
    private SqliteStatement? _sqlite;

    public CommitCommand(DbConnection connection, DbTransaction transaction, string sql, (string Name, DbType Type)[] parameters)
    {
        _connection = connection;
        _transaction = transaction;
        _sql = sql;
        _parameters = parameters;
    }

    /// <summary>Runs the statement with values in the order of its parameter list; returns the
    /// rows affected.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken, params object?[] values)
    {
        if (_connection is SqliteConnection sqlite)
        {
            _sqlite ??= new SqliteStatement(sqlite, _sql, [.. _parameters.Select(p => "@" + p.Name)]);
            for (var i = 0; i < values.Length; i++)
            {
                _sqlite.Bind(i, values[i]);
            }
            return _sqlite.Execute();
        }
        var command = _command;
        if (command is null)
        {
            command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = _sql;
            foreach (var (name, type) in _parameters)
            {
                var p = command.CreateParameter();
                p.ParameterName = "@" + name;
                p.DbType = type;
                command.Parameters.Add(p);
            }
        }
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = Utf8Text.ParameterValue(values[i]);
        }
        if (_command is null)
        {
            _command = command;
            await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
        }
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _sqlite?.Dispose();
        if (_command is not null)
        {
            await _command.DisposeAsync().ConfigureAwait(false);
        }
    }
}
