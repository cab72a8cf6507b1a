using OneMatter.Engine.Events;

namespace OneMatter.Engine.Interpreter;

/// <summary>
/// The picking procedure of a 双随机 draw, shared by the engine and <see cref="DrawReplay"/>.
/// One generator seeded once; every pick takes index <c>NextBelow(count)</c> of the candidates
/// still left, in their recorded order, and removes it (drawing without replacement). Entities
/// first; then for each named unit, in order, one inspector among that unit's remaining
/// candidates; then the rest of the inspectors among all remaining candidates.
/// </summary>
public static class DrawProcedure
{
    /// <summary>The picked entity ids in pick order, or null when there are fewer candidates
    /// than <paramref name="count"/>.</summary>
    public static IReadOnlyList<string>? PickEntities(Xoshiro256StarStar random, IReadOnlyList<string> candidates, int count)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count < count)
        {
            return null;
        }
        var left = candidates.ToList();
        var picks = new List<string>(count);
        for (var k = 0; k < count; k++)
        {
            var i = random.NextBelow(left.Count);
            picks.Add(left[i]);
            left.RemoveAt(i);
        }
        return picks;
    }

    /// <summary>The picked inspector ids in pick order, or null when a unit has no candidate left
    /// or there are fewer candidates than <paramref name="count"/>.</summary>
    public static IReadOnlyList<string>? PickInspectors(Xoshiro256StarStar random, IReadOnlyList<DrawCandidate> candidates,
        IReadOnlyList<string> units, int count)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(units);
        if (candidates.Count < count || units.Count > count)
        {
            return null;
        }
        var left = candidates.ToList();
        var picks = new List<string>(count);
        foreach (var unit in units)
        {
            var ofUnit = new List<int>();
            for (var i = 0; i < left.Count; i++)
            {
                if (left[i].Unit == unit)
                {
                    ofUnit.Add(i);
                }
            }
            if (ofUnit.Count == 0)
            {
                return null;
            }
            var at = ofUnit[random.NextBelow(ofUnit.Count)];
            picks.Add(left[at].Id);
            left.RemoveAt(at);
        }
        while (picks.Count < count)
        {
            var i = random.NextBelow(left.Count);
            picks.Add(left[i].Id);
            left.RemoveAt(i);
        }
        return picks;
    }
}
