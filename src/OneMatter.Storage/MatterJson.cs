using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;

namespace OneMatter.Storage;

/// <summary>
/// The one JSON form of snapshots, events and effects in the database. Events carry their own
/// <c>type</c> discriminator; effects get one here, because the engine's <see cref="Effect"/>
/// is not annotated and the outbox must read them back as the right type. Never rename a
/// discriminator once rows exist.
/// </summary>
public static class MatterJson
{
    private static readonly Dictionary<Type, string> EffectTypes = new()
    {
        [typeof(ScheduleTimer)] = "schedule-timer",
        [typeof(CancelTimer)] = "cancel-timer",
        [typeof(RenderDocument)] = "render-document",
        [typeof(Notify)] = "notify",
        [typeof(StartChildMatter)] = "start-child-matter",
        [typeof(ReportToParent)] = "report-to-parent",
        [typeof(CancelChildMatter)] = "cancel-child-matter",
    };

    /// <summary>The serializer options: compact, property names as declared.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static readonly Dictionary<Type, string> EventTypes = Options.GetTypeInfo(typeof(MatterEvent))
        .PolymorphismOptions!.DerivedTypes.ToDictionary(d => d.DerivedType, d => (string)d.TypeDiscriminator!);

    /// <summary>A snapshot as stored.</summary>
    public static string Serialize(MatterState state) => JsonSerializer.Serialize(state, Options);

    /// <summary>A snapshot as UTF-8, the same bytes as the UTF-8 of <see cref="Serialize(MatterState)"/>.</summary>
    internal static byte[] SerializeToUtf8(MatterState state) => JsonSerializer.SerializeToUtf8Bytes(state, Options);

    /// <summary>A snapshot back.</summary>
    public static MatterState State(string json) =>
        JsonSerializer.Deserialize<MatterState>(json, Options) ?? throw new JsonException("snapshot is null");

    internal static string Serialize(MatterEvent e) => JsonSerializer.Serialize(e, Options);

    /// <summary>An event as UTF-8, the same bytes as the UTF-8 of <see cref="Serialize(MatterEvent)"/>.</summary>
    internal static byte[] SerializeToUtf8(MatterEvent e) => JsonSerializer.SerializeToUtf8Bytes(e, Options);

    internal static MatterEvent Event(string json) =>
        JsonSerializer.Deserialize<MatterEvent>(json, Options) ?? throw new JsonException("event is null");

    internal static string TypeOf(MatterEvent e) => EventTypes[e.GetType()];

    internal static string Serialize(Effect effect) => JsonSerializer.Serialize(effect, Options);

    internal static Effect Effect(string json) =>
        JsonSerializer.Deserialize<Effect>(json, Options) ?? throw new JsonException("effect is null");

    /// <summary>A command's effects as one outbox row holds them: a JSON array, in UTF-8.</summary>
    internal static byte[] SerializeEffectsToUtf8(IReadOnlyList<Effect> effects) =>
        JsonSerializer.SerializeToUtf8Bytes(effects as Effect[] ?? [.. effects], Options);

    /// <summary>An outbox row's effects: its JSON array, or the single object of a row written
    /// before rows held a command's effects.</summary>
    internal static Effect[] Effects(string json) =>
        json.AsSpan().TrimStart().StartsWith("[")
            ? JsonSerializer.Deserialize<Effect[]>(json, Options) ?? throw new JsonException("effects are null")
            : [Effect(json)];

    private static JsonSerializerOptions CreateOptions()
    {
        // Generated metadata first; reflection only for a type the context does not cover.
        var resolver = JsonTypeInfoResolver.Combine(MatterJsonContext.Default, new DefaultJsonTypeInfoResolver())
            .WithAddedModifier(AddEffectTypes);
        var options = new JsonSerializerOptions { WriteIndented = false, TypeInfoResolver = resolver };
        options.MakeReadOnly();
        return options;
    }

    private static void AddEffectTypes(JsonTypeInfo info)
    {
        if (info.Type != typeof(Effect))
        {
            return;
        }
        info.PolymorphismOptions = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = "type" };
        foreach (var (type, name) in EffectTypes)
        {
            info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(type, name));
        }
    }
}
