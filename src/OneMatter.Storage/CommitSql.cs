using System.Data;
using System.Data.Common;

namespace OneMatter.Storage;

/// <summary>
/// The statements the commit path runs through ADO.NET. Double-quoted identifiers and
/// <c>@name</c> parameters mean the same on SQLite and PostgreSQL (the tables and columns are
/// named alike in both migration sets), so the text is shared; the parameters carry explicit
/// <see cref="DbType"/>s so Npgsql can prepare them whether a value is null or not.
/// </summary>
internal static class CommitSql
{
    public static readonly (string Name, DbType Type)[] EventParameters =
    [
        ("InstanceId", DbType.String), ("Sequence", DbType.Int64), ("Type", DbType.String), ("Json", DbType.String), ("Actor", DbType.String),
        ("Unit", DbType.String), ("AtUtcTicks", DbType.Int64), ("Hash", DbType.String), ("PreviousHash", DbType.String),
    ];

    public static readonly (string Name, DbType Type)[] OutboxParameters =
        [("InstanceId", DbType.String), ("EffectJson", DbType.String), ("CreatedUtcTicks", DbType.Int64)];

    public static readonly (string Name, DbType Type)[] IdempotencyParameters =
    [
        ("Key", DbType.String), ("InstanceId", DbType.String), ("ActorId", DbType.String), ("ActorUnit", DbType.String),
        ("ResultJson", DbType.String), ("CreatedUtcTicks", DbType.Int64),
    ];

    private const string InstanceColumns =
        """ "DefinitionId", "DefinitionVersion", "Status", "Result", "SnapshotJson", "Version", "ChainHead", "StartedUtcTicks", "EndedUtcTicks", "Applicant", "QueryCode", "Jurisdiction", "LeadUnit", "Parent" """;

    public const string InsertInstance =
        """INSERT INTO "Instances" ("Id", """ + InstanceColumns + """) VALUES (@Id, @DefinitionId, @DefinitionVersion, @Status, @Result, @SnapshotJson, @Version, @ChainHead, @StartedUtcTicks, @EndedUtcTicks, @Applicant, @QueryCode, @Jurisdiction, @LeadUnit, @Parent)""";

    /// <summary>Matches no row when another writer moved the instance on since it was read:
    /// the caller treats 0 rows as a conflict.</summary>
    public const string UpdateInstance =
        """UPDATE "Instances" SET "DefinitionId" = @DefinitionId, "DefinitionVersion" = @DefinitionVersion, "Status" = @Status, "Result" = @Result, "SnapshotJson" = @SnapshotJson, "Version" = @Version, "ChainHead" = @ChainHead, "StartedUtcTicks" = @StartedUtcTicks, "EndedUtcTicks" = @EndedUtcTicks, "Applicant" = @Applicant, "QueryCode" = @QueryCode, "Jurisdiction" = @Jurisdiction, "LeadUnit" = @LeadUnit, "Parent" = @Parent WHERE "Id" = @Id AND "Version" = @Expected""";

    /// <summary>Matches no row when another writer moved the instance on since it was read. The
    /// snapshot stays as it is: most commits update only the head (see <see cref="SnapshotPolicy"/>).</summary>
    public const string UpdateInstanceHead =
        """UPDATE "Instances" SET "DefinitionId" = @DefinitionId, "DefinitionVersion" = @DefinitionVersion, "Status" = @Status, "Result" = @Result, "Version" = @Version, "ChainHead" = @ChainHead, "StartedUtcTicks" = @StartedUtcTicks, "EndedUtcTicks" = @EndedUtcTicks, "Applicant" = @Applicant, "QueryCode" = @QueryCode, "Jurisdiction" = @Jurisdiction, "LeadUnit" = @LeadUnit, "Parent" = @Parent WHERE "Id" = @Id AND "Version" = @Expected""";

    /// <summary>The instance columns except the snapshot, in the order the commit passes values.</summary>
    public static readonly (string Name, DbType Type)[] InstanceHeadParameters =
    [
        ("Id", DbType.String), ("DefinitionId", DbType.String), ("DefinitionVersion", DbType.Int32), ("Status", DbType.String), ("Result", DbType.String),
        ("Version", DbType.Int64), ("ChainHead", DbType.String), ("StartedUtcTicks", DbType.Int64),
        ("EndedUtcTicks", DbType.Int64), ("Applicant", DbType.String), ("QueryCode", DbType.String), ("Jurisdiction", DbType.String),
        ("LeadUnit", DbType.String), ("Parent", DbType.String),
    ];

    public static readonly (string Name, DbType Type)[] InstanceParameters = [.. InstanceHeadParameters, ("SnapshotJson", DbType.String)];

    public static readonly (string Name, DbType Type)[] UpdateInstanceHeadParameters = [.. InstanceHeadParameters, ("Expected", DbType.Int64)];

    /// <summary>The version and chain head of <paramref name="count"/> instances named by
    /// <see cref="IdParameter"/> parameters.</summary>
    public static string SelectHeads(int count) =>
        """SELECT "Id", "Version", "ChainHead" FROM "Instances" WHERE "Id" IN (""" +
        string.Join(", ", Enumerable.Range(0, count).Select(IdParameter)) + ")";

    /// <summary>The name of the <paramref name="index"/>-th id parameter of <see cref="SelectHeads"/>.</summary>
    public static string IdParameter(int index) => "@id" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static readonly (string Name, DbType Type)[] UpdateInstanceParameters = [.. InstanceParameters, ("Expected", DbType.Int64)];

    public const string UpdateTask =
        """UPDATE "Tasks" SET "Node" = @Node, "Unit" = @Unit, "Assignee" = @Assignee, "Role" = @Role, "Applicant" = @Applicant, "ClaimedBy" = @ClaimedBy, "Status" = @Status, "ForApplicant" = @ForApplicant, "CreatedUtcTicks" = @CreatedUtcTicks, "DueUtcTicks" = @DueUtcTicks, "Warned" = @Warned, "Overdue" = @Overdue, "Supervised" = @Supervised, "Urged" = @Urged WHERE "InstanceId" = @InstanceId AND "TaskId" = @TaskId AND "WorkItemId" = @WorkItemId""";

    public static readonly (string Name, DbType Type)[] TaskParameters =
    [
        ("InstanceId", DbType.String), ("WorkItemId", DbType.String), ("TaskId", DbType.String), ("Node", DbType.String), ("Unit", DbType.String),
        ("Assignee", DbType.String), ("Role", DbType.String), ("Applicant", DbType.String), ("ClaimedBy", DbType.String), ("Status", DbType.String),
        ("ForApplicant", DbType.Boolean), ("CreatedUtcTicks", DbType.Int64), ("DueUtcTicks", DbType.Int64), ("Warned", DbType.Boolean),
        ("Overdue", DbType.Boolean), ("Supervised", DbType.Boolean), ("Urged", DbType.Int32),
    ];

    public const string DeleteTask =
        """DELETE FROM "Tasks" WHERE "InstanceId" = @InstanceId AND "TaskId" = @TaskId AND "WorkItemId" = @WorkItemId""";

    public static readonly (string Name, DbType Type)[] TaskKeyParameters =
        [("InstanceId", DbType.String), ("TaskId", DbType.String), ("WorkItemId", DbType.String)];

    public const string UpdateTimer =
        """UPDATE "Timers" SET "Kind" = @Kind, "DueUtcTicks" = @DueUtcTicks WHERE "InstanceId" = @InstanceId AND "TimerId" = @TimerId""";

    public static readonly (string Name, DbType Type)[] TimerParameters =
        [("InstanceId", DbType.String), ("TimerId", DbType.String), ("Kind", DbType.String), ("DueUtcTicks", DbType.Int64)];

    public const string DeleteTimer =
        """DELETE FROM "Timers" WHERE "InstanceId" = @InstanceId AND "TimerId" = @TimerId""";

    public static readonly (string Name, DbType Type)[] TimerKeyParameters = [("InstanceId", DbType.String), ("TimerId", DbType.String)];
}

/// <summary>One parameterised statement of a commit, created on first use and reused for every
/// row of the group (prepared once; only the parameter values change).</summary>
internal sealed class CommitCommand : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly string _sql;
    private readonly (string Name, DbType Type)[] _parameters;
    private DbCommand? _command;

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
        var command = _command;
        if (command is null)
        {
            command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = _sql;
            foreach (var (name, type) in _parameters)
            {
                var p = command.CreateParameter();
                // Named with its prefix, as in the SQL: Microsoft.Data.Sqlite otherwise tries each
                // prefix in turn on every execution, a native lookup per try and per parameter.
                p.ParameterName = "@" + name;
                p.DbType = type;
                command.Parameters.Add(p);
            }
        }
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
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
        if (_command is not null)
        {
            await _command.DisposeAsync().ConfigureAwait(false);
        }
    }
}

/// <summary>
/// Rows of one table inserted by multi-row <c>INSERT … VALUES (…), (…)</c> statements: rows are
/// buffered and written in chunks, so a group's hundreds of rows cost a handful of statements
/// (and, on PostgreSQL, a handful of round trips) instead of one each. Column names are the
/// parameter names; the full-chunk statement is prepared once and reused.
/// </summary>
internal sealed class CommitInsert : IAsyncDisposable
{
    /// <summary>Rows per statement. Small on SQLite: it is in-process (no round trips to save)
    /// and looks named parameters up by a linear scan, so wide statements bind slowly; large on
    /// PostgreSQL, where each statement is a round trip (capped by <see cref="MaxParameters"/>).</summary>
    public static int RowsPerStatement(StorageProvider provider) => provider == StorageProvider.Sqlite ? 1 : 100;

    // Far under PostgreSQL's 65,535 parameters (and SQLite's historical 999).
    private const int MaxParameters = 990;

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly string _table;
    private readonly (string Name, DbType Type)[] _columns;
    private readonly int _chunk;
    private readonly List<object?[]> _rows = [];
    private DbCommand? _full;

    public CommitInsert(DbConnection connection, DbTransaction transaction, string table, (string Name, DbType Type)[] columns, int rowsPerStatement)
    {
        _connection = connection;
        _transaction = transaction;
        _table = table;
        _columns = columns;
        _chunk = Math.Clamp(MaxParameters / columns.Length, 1, rowsPerStatement);
    }

    /// <summary>Buffers a row (values in column order), writing a chunk when it is full.</summary>
    public async Task AddAsync(CancellationToken cancellationToken, params object?[] values)
    {
        _rows.Add(values);
        if (_rows.Count == _chunk)
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
        var full = _rows.Count == _chunk;
        var command = full && _full is not null ? _full : Create(_rows.Count);
        try
        {
            var i = 0;
            foreach (var row in _rows)
            {
                foreach (var value in row)
                {
                    command.Parameters[i++].Value = value ?? DBNull.Value;
                }
            }
            if (full && _full is null)
            {
                _full = command;
                await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
            }
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (command != _full)
            {
                await command.DisposeAsync().ConfigureAwait(false);
            }
        }
        _rows.Clear();
    }

    private DbCommand Create(int rows)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        var sql = new System.Text.StringBuilder();
        sql.Append("INSERT INTO \"").Append(_table).Append("\" (");
        sql.AppendJoin(", ", _columns.Select(c => "\"" + c.Name + "\""));
        sql.Append(") VALUES ");
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < _columns.Length; c++)
            {
                var name = "@p" + r.ToString(System.Globalization.CultureInfo.InvariantCulture) + "_" + c.ToString(System.Globalization.CultureInfo.InvariantCulture);
                sql.Append(c == 0 ? "" : ", ").Append(name);
                var p = command.CreateParameter();
                p.ParameterName = name;
                p.DbType = _columns[c].Type;
                command.Parameters.Add(p);
            }
            sql.Append(')');
        }
        command.CommandText = sql.ToString();
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        if (_full is not null)
        {
            await _full.DisposeAsync().ConfigureAwait(false);
        }
    }
}
