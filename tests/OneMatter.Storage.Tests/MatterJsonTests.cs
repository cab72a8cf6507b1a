using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;
using OneMatter.Storage.Tests.Support;

namespace OneMatter.Storage.Tests;

/// <summary>The store serializes with generated metadata for speed; stored rows and event hashes
/// must stay exactly what the reflection-based serializer wrote before, or old chains and
/// snapshots would no longer read back the same.</summary>
public class MatterJsonTests
{
    private static readonly JsonSerializerOptions Reflection = ReflectionOptions();

    [Fact]
    public void GeneratedJson_EqualsReflectionJson_ForEveryEventEffectAndSnapshotOfAWholeMatter()
    {
        var rural = RuralHousing.Shared;
        var change = rural.StartMatter("J1");
        var now = RuralHousing.Start;
        var seen = new HashSet<Type>();
        while (true)
        {
            foreach (var e in change.Events)
            {
                seen.Add(e.GetType());
                Assert.Equal(JsonSerializer.Serialize(e, Reflection), MatterJson.Serialize(e));
                Assert.Equal(MatterJson.Serialize(e), MatterJson.Serialize(MatterJson.Event(MatterJson.Serialize(e))));
            }
            foreach (var effect in change.Effects)
            {
                seen.Add(effect.GetType());
                Assert.Equal(JsonSerializer.Serialize(effect, Reflection), MatterJson.Serialize(effect));
                Assert.Equal(MatterJson.Serialize(effect), MatterJson.Serialize(MatterJson.Effect(MatterJson.Serialize(effect))));
            }
            var state = change.NewState;
            Assert.Equal(JsonSerializer.Serialize(state, Reflection), MatterJson.Serialize(state));
            Assert.Equal(MatterJson.Serialize(state), MatterJson.Serialize(MatterJson.State(MatterJson.Serialize(state))));
            if (state.Status != MatterStatus.Running)
            {
                break;
            }
            change = rural.Next(state, now.AddHours(1));
            now = change.Events[^1].At;
        }
        // The walk covered the usual shapes: tasks, timers, deadlines, documents.
        Assert.Contains(typeof(TaskCreated), seen);
        Assert.Contains(typeof(TimerElapsed), seen);
        Assert.Contains(typeof(DeadlineSet), seen);
        Assert.Contains(typeof(ScheduleTimer), seen);
        Assert.Contains(typeof(RenderDocument), seen);
    }

    private static JsonSerializerOptions ReflectionOptions()
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(info =>
        {
            // The effect discriminators exactly as MatterJson declares them.
            if (info.Type == typeof(Effect))
            {
                info.PolymorphismOptions = MatterJson.Options.GetTypeInfo(typeof(Effect)).PolymorphismOptions is { } generated
                    ? CopyOf(generated)
                    : null;
            }
        });
        return new JsonSerializerOptions { WriteIndented = false, TypeInfoResolver = resolver };
    }

    private static JsonPolymorphismOptions CopyOf(JsonPolymorphismOptions source)
    {
        var copy = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = source.TypeDiscriminatorPropertyName };
        foreach (var derived in source.DerivedTypes)
        {
            copy.DerivedTypes.Add(derived);
        }
        return copy;
    }
}
