using System.Collections.Immutable;
using OneMatter.Engine.Events;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Draws;

/// <summary><see cref="DrawReplay.Verify"/>: an honest draw verifies from its event alone; any
/// change to the picks, the seed or the candidates is caught.</summary>
public sealed class DrawReplayTests
{
    private static readonly DrawMade Honest = DrawRig.Draw(DrawRig.Default, "CS-2026-0100");

    [Fact]
    public void HonestDraw_Verifies()
    {
        Assert.True(DrawReplay.Verify(Honest));
    }

    [Fact]
    public void HonestDraw_VerifiesAfterAStorageRoundTrip()
    {
        var json = System.Text.Json.JsonSerializer.Serialize<MatterEvent>(Honest);
        var back = Assert.IsType<DrawMade>(System.Text.Json.JsonSerializer.Deserialize<MatterEvent>(json));

        Assert.Contains("\"type\":\"draw-made\"", json, StringComparison.Ordinal);
        Assert.True(DrawReplay.Verify(back));
    }

    [Fact]
    public void ATamperedEntityPick_FailsVerification()
    {
        var other = Honest.EntityCandidates.First(id => Honest.Entities.All(e => e.Id != id));
        var tampered = Honest with { Entities = Honest.Entities.SetItem(0, Honest.Entities[0] with { Id = other }) };

        Assert.False(DrawReplay.Verify(tampered));
    }

    [Fact]
    public void ATamperedInspectorPick_FailsVerification()
    {
        var other = Honest.InspectorCandidates.First(c => Honest.Inspectors.All(i => i.Id != c.Id));
        var tampered = Honest with
        {
            Inspectors = Honest.Inspectors.SetItem(Honest.Inspectors.Length - 1, Honest.Inspectors[^1] with { Id = other.Id, Unit = other.Unit }),
        };

        Assert.False(DrawReplay.Verify(tampered));
    }

    [Fact]
    public void ReorderedPicks_FailVerification()
    {
        var tampered = Honest with { Entities = [.. Honest.Entities.Reverse()] };

        Assert.False(DrawReplay.Verify(tampered));
    }

    [Fact]
    public void AChosenSeed_FailsVerification_EvenWithMatchingPicks()
    {
        // Someone re-rolls with a seed of their choice and records the picks it gives.
        var seed = 12345UL;
        var random = new Xoshiro256StarStar(seed);
        var entities = DrawProcedure.PickEntities(random, Honest.EntityCandidates, Honest.EntityCount)!;
        var inspectors = DrawProcedure.PickInspectors(random, Honest.InspectorCandidates, Honest.Units, Honest.InspectorCount)!;
        var forged = Honest with
        {
            Seed = DrawSeed.Format(seed),
            Entities = [.. entities.Select(id => Honest.Entities.FirstOrDefault(e => e.Id == id) ?? new DrawnEntity { Id = id, Name = id, Industry = "x", Township = "x" })],
            Inspectors = [.. inspectors.Select(id => new DrawnInspector { Id = id, Name = id, Unit = Honest.InspectorCandidates.First(c => c.Id == id).Unit, Certificate = "x" })],
        };

        Assert.False(DrawReplay.Verify(forged));
    }

    [Fact]
    public void AnAlteredCandidateList_FailsVerification()
    {
        var dropped = Honest with { EntityCandidates = Honest.EntityCandidates.RemoveAt(0) };
        var reordered = Honest with { EntityCandidates = [.. Honest.EntityCandidates.Reverse()] };

        Assert.False(DrawReplay.Verify(dropped));
        Assert.False(DrawReplay.Verify(reordered));
    }

    [Fact]
    public void AnUnknownAlgorithm_FailsVerification()
    {
        Assert.False(DrawReplay.Verify(Honest with { Algorithm = "system-random" }));
        Assert.False(DrawReplay.Verify(Honest with { Seed = "not-hex" }));
    }

    [Fact]
    public void ProcedureOnTheRecordedInputs_GivesTheRecordedPicks()
    {
        DrawSeed.TryParse(Honest.Seed, out var seed);
        var random = new Xoshiro256StarStar(seed);

        Assert.Equal(Honest.Entities.Select(e => e.Id), DrawProcedure.PickEntities(random, Honest.EntityCandidates, Honest.EntityCount));
        Assert.Equal(Honest.Inspectors.Select(i => i.Id), DrawProcedure.PickInspectors(random, Honest.InspectorCandidates, Honest.Units, Honest.InspectorCount));
    }

    [Fact]
    public void Procedure_RefusesTooFewCandidates()
    {
        var random = new Xoshiro256StarStar(7);
        ImmutableArray<DrawCandidate> one = [new DrawCandidate { Id = "a", Unit = "u1" }, new DrawCandidate { Id = "b", Unit = "u1" }];

        Assert.Null(DrawProcedure.PickEntities(random, ["a", "b"], 3));
        Assert.Null(DrawProcedure.PickInspectors(random, one, ["u1", "u2"], 2)); // no one of u2
    }
}
