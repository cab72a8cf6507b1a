using OneMatter.Engine.Commands;
using OneMatter.Engine.Events;
using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Tests.Interpreter;

namespace OneMatter.Engine.Tests.Draws;

/// <summary>A draw is a function of the instance, the node, the event sequence and the registers:
/// never of the clock or of a process-wide random source.</summary>
public sealed class DrawReproducibilityTests
{
    [Fact]
    public void SameInstance_DrawsTheSamePicks_AtAnyTime()
    {
        var first = DrawRig.Draw(DrawRig.Default, "CS-2026-0001");
        var again = DrawRig.Engine.Handle(DrawRig.Default, null, new StartMatter
        {
            Actor = Actor.ApplicantAccount("someone-else"),
            InstanceId = "CS-2026-0001",
            Form = new Dictionary<string, string?> { ["area"] = null },
        }, MatterHarness.Monday.AddDays(40)).Events.OfType<DrawMade>().Single();

        Assert.Equal(first.Seed, again.Seed);
        // ImmutableArray compares by reference: compare the items.
        Assert.Equal(first.Entities.ToArray(), again.Entities.ToArray());
        Assert.Equal(first.Inspectors.ToArray(), again.Inspectors.ToArray());
        Assert.Equal(first.EntityCandidates.ToArray(), again.EntityCandidates.ToArray());
    }

    [Fact]
    public void Seed_IsDerivedFromInstanceNodeAndSequence()
    {
        var draw = DrawRig.Draw(DrawRig.Default, "CS-2026-0002");

        Assert.Equal(DrawSeed.Format(DrawSeed.Derive("CS-2026-0002", "draw", draw.Sequence)), draw.Seed);
        Assert.Equal("CS-2026-0002", draw.Instance);
        Assert.Equal(DrawSeed.Algorithm, draw.Algorithm);
        Assert.NotEqual(draw.Seed, DrawRig.Draw(DrawRig.Default, "CS-2026-0003").Seed);
    }

    [Fact]
    public void Draw_IsRecordedCompletely()
    {
        var draw = DrawRig.Draw(DrawRig.Default, "CS-2026-0004");

        Assert.Equal(3, draw.Entities.Length);
        Assert.Equal(5, draw.Inspectors.Length);
        Assert.Equal(draw.EntityCandidates.Order(StringComparer.Ordinal), draw.EntityCandidates);
        Assert.All(draw.Entities, e => Assert.Contains(e.Industry, (string[])["manufacturing", "chemicals", "mining"]));
        Assert.All(draw.Entities, e => Assert.Contains(e.Id, draw.EntityCandidates));
        Assert.All(draw.Inspectors, i => Assert.Contains(i.Id, draw.InspectorCandidates.Select(c => c.Id)));
        // at least one inspector of every named unit
        Assert.Equal(["cs-ecology", "cs-emergency", "cs-enforcement", "cs-fire-rescue"], draw.Inspectors.Select(i => i.Unit).Distinct().Order());
        Assert.True(DrawReplay.Verify(draw));
    }

    [Fact]
    public void ReplayingTheEvents_RebuildsTheSameState_WithoutDrawingAgain()
    {
        var result = DrawRig.Start(DrawRig.Default, "CS-2026-0005");

        var replayed = MatterEngine.Replay(result.Events);

        Assert.Equal(StateJson.Of(result.State!), StateJson.Of(replayed));
        var record = replayed.Records["draw"];
        Assert.Equal(result.Events.OfType<DrawMade>().Single(), record.Draw);
    }

    [Fact]
    public void AreaFilter_DrawsOnlyInsideThePlace()
    {
        var draw = DrawRig.Draw(DrawRig.Default, "CS-2026-0006", "zone-west");

        Assert.Equal("zone-west", draw.Area);
        Assert.All(draw.Entities, e => Assert.Contains(e.Township, (string[])["qiuchuan", "huibu", "tonggong"]));
        Assert.All(draw.EntityCandidates, id => Assert.True(DrawRig.Workspace.Org.Contains("zone-west", DrawRig.Workspace.Org.FindEntity(id)!.Township)));
    }

    [Fact]
    public void ConflictedInspectors_AreNeverCandidates_ForTheirEntity()
    {
        // insp-emg-02 declares a conflict with ent-huibu-calcium (回避).
        var found = 0;
        for (var i = 0; i < 200 && found < 5; i++)
        {
            var draw = DrawRig.Draw(DrawRig.Default, $"CONFLICT-{i}", "zone-west");
            if (draw.Entities.Any(e => e.Id == "ent-huibu-calcium"))
            {
                found++;
                Assert.DoesNotContain("insp-emg-02", draw.InspectorCandidates.Select(c => c.Id));
                Assert.DoesNotContain("insp-emg-02", draw.Inspectors.Select(p => p.Id));
            }
        }
        Assert.True(found > 0, "the conflicted entity was never drawn");
    }
}
