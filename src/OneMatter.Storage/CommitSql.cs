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
        [("InstanceId", DbType.String), ("EffectJson", DbType.String), ("EffectCount", DbType.Int32), ("CreatedUtcTicks", DbType.Int64)];

    public static readonly (string Name, DbType Type)[] IdempotencyParameters =
    [
        ("Key", DbType.String), ("InstanceId", DbType.String), ("ActorId", DbType.String), ("ActorUnit", DbType.String),
        ("ResultJson", DbType.String), ("CreatedUtcTicks", DbType.Int64),
    ];

    /// <summary>Inserts a new instance's row (its snapshot is <see cref="UpsertSnapshot"/>).</summary>
    public const string InsertInstance =
        """INSERT INTO "Instances" ("Id", "DefinitionId", "DefinitionVersion", "Status", "Result", "Version", "ChainHead", "StartedUtcTicks", "EndedUtcTicks", "Applicant", "QueryCode", "Jurisdiction", "LeadUnit", "Parent") VALUES (@Id, @DefinitionId, @DefinitionVersion, @Status, @Result, @Version, @ChainHead, @StartedUtcTicks, @EndedUtcTicks, @Applicant, @QueryCode, @Jurisdiction, @LeadUnit, @Parent)""";

    /// <summary>Matches no row when another writer moved the instance on since it was read:
    /// the caller treats 0 rows as a conflict.</summary>
    public const string UpdateInstance =
        """UPDATE "Instances" SET "DefinitionId" = @DefinitionId, "DefinitionVersion" = @DefinitionVersion, "Status" = @Status, "Result" = @Result, "Version" = @Version, "ChainHead" = @ChainHead, "StartedUtcTicks" = @StartedUtcTicks, "EndedUtcTicks" = @EndedUtcTicks, "Applicant" = @Applicant, "QueryCode" = @QueryCode, "Jurisdiction" = @Jurisdiction, "LeadUnit" = @LeadUnit, "Parent" = @Parent WHERE "Id" = @Id AND "Version" = @Expected""";

    /// <summary>Stores an instance's snapshot, replacing the one before (SQLite 3.24+ and
    /// PostgreSQL 9.5+ read this the same).</summary>
    public const string UpsertSnapshot =
        """INSERT INTO "Snapshots" ("InstanceId", "Json") VALUES (@InstanceId, @Json) ON CONFLICT ("InstanceId") DO UPDATE SET "Json" = excluded."Json" """;

    public static readonly (string Name, DbType Type)[] SnapshotParameters = [("InstanceId", DbType.String), ("Json", DbType.String)];

    /// <summary>The instance columns, in the order the commit passes values.</summary>
    public static readonly (string Name, DbType Type)[] InstanceParameters =
    [
        ("Id", DbType.String), ("DefinitionId", DbType.String), ("DefinitionVersion", DbType.Int32), ("Status", DbType.String), ("Result", DbType.String),
        ("Version", DbType.Int64), ("ChainHead", DbType.String), ("StartedUtcTicks", DbType.Int64),
        ("EndedUtcTicks", DbType.Int64), ("Applicant", DbType.String), ("QueryCode", DbType.String), ("Jurisdiction", DbType.String),
        ("LeadUnit", DbType.String), ("Parent", DbType.String),
    ];

    public static readonly (string Name, DbType Type)[] UpdateInstanceParameters = [.. InstanceParameters, ("Expected", DbType.Int64)];

    /// <summary>The version and chain head of one instance (positional parameter: its id, which
    /// the caller has, so it is not read back).</summary>
    public const string SelectHead = """SELECT "Version", "ChainHead" FROM "Instances" WHERE "Id" = ?""";

    /// <summary>The version and chain head of <paramref name="count"/> instances named by
    /// <see cref="IdParameter"/> parameters.</summary>
    public static string SelectHeads(int count) =>
        """SELECT "Id", "Version", "ChainHead" FROM "Instances" WHERE "Id" IN (""" +
        string.Join(", ", Enumerable.Range(0, count).Select(IdParameter)) + ")";

    /// <summary>The name of the <paramref name="index"/>-th id parameter of <see cref="SelectHeads"/>.</summary>
    public static string IdParameter(int index) => "@id" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

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
