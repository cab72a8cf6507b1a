using System.Text.Json;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Runtime;

/// <summary>The JSON kept with an idempotency key. Only applied commands carry their key into the
/// store (a rejected command changed nothing, so a retry may be decided afresh), so it records
/// where the command's events sit in the instance's log; a replay reads them back from there.</summary>
internal sealed record StoredOutcome(string InstanceId, CommandStatus Status, long Version, int EventCount)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static StoredOutcome? FromJson(string json) => JsonSerializer.Deserialize<StoredOutcome>(json, Options);
}
