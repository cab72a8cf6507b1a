using System.Text.Json.Serialization;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;

namespace OneMatter.Storage;

/// <summary>
/// Compile-time JSON metadata for what the commit path writes on every command: events, effects
/// and snapshots. The reflection-based serializer spent a sizeable share of a group commit
/// walking these types; generated metadata writes the same JSON (names as declared, the
/// <c>type</c> discriminators of <see cref="MatterEvent"/>; effects get theirs in
/// <see cref="MatterJson"/>), so stored rows and their hashes do not change.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(MatterState))]
[JsonSerializable(typeof(MatterEvent))]
[JsonSerializable(typeof(DrawMade))]
[JsonSerializable(typeof(Effect))]
[JsonSerializable(typeof(ScheduleTimer))]
[JsonSerializable(typeof(CancelTimer))]
[JsonSerializable(typeof(RenderDocument))]
[JsonSerializable(typeof(Notify))]
[JsonSerializable(typeof(StartChildMatter))]
[JsonSerializable(typeof(ReportToParent))]
[JsonSerializable(typeof(CancelChildMatter))]
[JsonSerializable(typeof(List<NodeRecord>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class MatterJsonContext : JsonSerializerContext;
