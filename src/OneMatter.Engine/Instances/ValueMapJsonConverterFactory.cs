using System.Text.Json;
using System.Text.Json.Serialization;

namespace OneMatter.Engine.Instances;

/// <summary>Reads and writes a <see cref="ValueMap{TValue}"/> as a JSON object.</summary>
public sealed class ValueMapJsonConverterFactory : JsonConverterFactory
{
    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ValueMap<>);

    /// <inheritdoc />
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class Converter<TValue> : JsonConverter<ValueMap<TValue>>
    {
        public override ValueMap<TValue> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var pairs = JsonSerializer.Deserialize<Dictionary<string, TValue>>(ref reader, options)
                ?? throw new JsonException("expected an object");
            return ValueMap<TValue>.From(pairs);
        }

        public override void Write(Utf8JsonWriter writer, ValueMap<TValue> value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var (key, item) in value)
            {
                writer.WritePropertyName(key);
                JsonSerializer.Serialize(writer, item, options);
            }
            writer.WriteEndObject();
        }
    }
}
