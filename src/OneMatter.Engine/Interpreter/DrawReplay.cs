using OneMatter.Engine.Events;

namespace OneMatter.Engine.Interpreter;

/// <summary>
/// Checks a recorded 双随机 draw from its event alone, as an auditor, a court or the published
/// results' reader would (可追溯): the seed must be the one derived from the recorded instance,
/// node and sequence, and re-running the recorded algorithm on the recorded candidates must give
/// exactly the recorded picks. It cannot tell whether the candidate lists were complete; the
/// register's versions are the evidence for that.
/// </summary>
public static class DrawReplay
{
    /// <summary>Whether <paramref name="draw"/> is what an honest draw would have recorded.</summary>
    public static bool Verify(DrawMade draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        if (draw.Algorithm != DrawSeed.Algorithm
            || !DrawSeed.TryParse(draw.Seed, out var seed)
            || seed != DrawSeed.Derive(draw.Instance, draw.Node, draw.Sequence)
            || draw.EntityCandidates.Distinct(StringComparer.Ordinal).Count() != draw.EntityCandidates.Length
            || draw.InspectorCandidates.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count() != draw.InspectorCandidates.Length)
        {
            return false;
        }
        var random = new Xoshiro256StarStar(seed);
        var entities = DrawProcedure.PickEntities(random, draw.EntityCandidates, draw.EntityCount);
        var inspectors = entities is null ? null : DrawProcedure.PickInspectors(random, draw.InspectorCandidates, draw.Units, draw.InspectorCount);
        if (entities is null || inspectors is null)
        {
            return false;
        }
        var units = draw.InspectorCandidates.ToDictionary(c => c.Id, c => c.Unit, StringComparer.Ordinal);
        return entities.SequenceEqual(draw.Entities.Select(e => e.Id), StringComparer.Ordinal)
            && inspectors.SequenceEqual(draw.Inspectors.Select(i => i.Id), StringComparer.Ordinal)
            && draw.Inspectors.All(i => units[i.Id] == i.Unit);
    }
}
