using System.Text.Json;
using System.Text.Json.Serialization;

namespace OneMatter.Engine.Instances;

/// <summary>Reads and writes a <see cref="RecordLog"/> as a JSON array of node records, oldest
/// first. Public so that generated serializers (the store's source-generated JSON context) can
/// create it; it has no other use.</summary>
public sealed class RecordLogJsonConverter : JsonConverter<RecordLog>
{
    /// <inheritdoc />
    public override RecordLog Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var records = JsonSerializer.Deserialize<List<NodeRecord>>(ref reader, options) ?? throw new JsonException("expected an array of node records");
        var log = RecordLog.Empty;
        foreach (var record in records)
        {
            log = log.Add(record);
        }
        return log;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, RecordLog value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        JsonSerializer.Serialize(writer, value.History().ToList(), options);
    }
}
