using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Draws;

/// <summary>Sanity of the randomness: over many instances every candidate is drawn sometimes, no
/// draw repeats a pick, and the shares are roughly even.</summary>
public sealed class DrawDistributionTests
{
    [Fact]
    public void OverManyInstances_EveryCandidateIsPicked_AndNoDrawRepeatsAPick()
    {
        var entityHits = new Dictionary<string, int>(StringComparer.Ordinal);
        var inspectorHits = new Dictionary<string, int>(StringComparer.Ordinal);
        const int Runs = 400;
        IReadOnlyList<string> entityCandidates = [];
        IReadOnlyList<string> inspectorCandidates = [];
        for (var i = 0; i < Runs; i++)
        {
            var draw = DrawRig.Draw(DrawRig.Default, $"CS-2026-{i:D5}");
            Assert.Equal(draw.Entities.Length, draw.Entities.Select(e => e.Id).Distinct().Count());
            Assert.Equal(draw.Inspectors.Length, draw.Inspectors.Select(p => p.Id).Distinct().Count());
            foreach (var e in draw.Entities)
            {
                entityHits[e.Id] = entityHits.GetValueOrDefault(e.Id) + 1;
            }
            foreach (var p in draw.Inspectors)
            {
                inspectorHits[p.Id] = inspectorHits.GetValueOrDefault(p.Id) + 1;
            }
            if (draw.EntityCandidates.Length > entityCandidates.Count)
            {
                entityCandidates = draw.EntityCandidates;
            }
            if (draw.InspectorCandidates.Length > inspectorCandidates.Count)
            {
                inspectorCandidates = draw.InspectorCandidates.Select(c => c.Id).ToList();
            }
        }

        Assert.Equal(entityCandidates.Order(), entityHits.Keys.Order());
        Assert.Equal(inspectorCandidates.Order(), inspectorHits.Keys.Order());
        // 3 of ~21 per draw: ~57 picks each over 400 draws; a fair draw stays well inside 20..120.
        Assert.All(entityHits.Values, n => Assert.InRange(n, 20, 120));
    }

    [Fact]
    public void Generator_IsUniformEnough_AndNeverOutOfRange()
    {
        var random = new Xoshiro256StarStar(42);
        var counts = new int[7];
        for (var i = 0; i < 70_000; i++)
        {
            counts[random.NextBelow(7)]++;
        }
        Assert.All(counts, n => Assert.InRange(n, 9_500, 10_500));
    }

    [Fact]
    public void SplitMix64_MatchesTheReferenceOutput()
    {
        // The first outputs of SplitMix64 seeded with 0 (Vigna's splitmix64.c).
        var x = 0UL;
        Assert.Equal(0xE220A8397B1DCDAFUL, Xoshiro256StarStar.SplitMix64(ref x));
        Assert.Equal(0x6E789E6AA1B965F4UL, Xoshiro256StarStar.SplitMix64(ref x));
    }

    [Fact]
    public void Generator_IsPinned_SoAChangeOfAlgorithmIsCaught()
    {
        // Recorded draws must re-run forever: these outputs may never change under the same
        // Algorithm name. Computed by an independent (Python) implementation of
        // SplitMix64-seeded xoshiro256** 1.0.
        var random = new Xoshiro256StarStar(1);
        var outputs = Enumerable.Range(0, 3).Select(_ => random.Next()).ToArray();
        Assert.Equal(Pinned, outputs);
    }

    private static readonly ulong[] Pinned = [0xB3F2AF6D0FC710C5UL, 0x853B559647364CEAUL, 0x92F89756082A4514UL];
}
