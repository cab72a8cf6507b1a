using System.Text.Json;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Tests.Draws;

/// <summary>The draw on the node record survives a snapshot round trip, and records without a
/// draw are written as before (no <c>Draw</c> key), so existing snapshots compare equal.</summary>
public sealed class DrawSnapshotTests
{
    [Fact]
    public void SnapshotWithADraw_RoundTrips()
    {
        var state = DrawRig.Start(DrawRig.Default, "CS-2026-0300").State!;

        var json = JsonSerializer.Serialize(state);
        var back = JsonSerializer.Deserialize<MatterState>(json)!;

        Assert.Equal(json, JsonSerializer.Serialize(back));
        var draw = back.Records["draw"].Draw!;
        Assert.Equal(state.Records["draw"].Draw!.Seed, draw.Seed);
        Assert.True(OneMatter.Engine.Interpreter.DrawReplay.Verify(draw));
    }

    [Fact]
    public void RecordWithoutADraw_HasNoDrawKey()
    {
        var json = JsonSerializer.Serialize(new NodeRecord { Node = "accept", Outcome = "accept" });

        Assert.DoesNotContain("Draw", json, StringComparison.Ordinal);
    }
}
