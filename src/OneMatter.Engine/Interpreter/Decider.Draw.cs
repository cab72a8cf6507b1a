using System.Collections.Immutable;
using System.Globalization;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Interpreter;

/// <summary>双随机抽取: the draw node. The candidates come from the org directory's registers, the
/// seed from the instance, the node and this event's sequence number, so a replay of the events
/// never draws again (the picks are in the event) and a re-run of the draw gives the same picks.</summary>
internal sealed partial class Decider
{
    private void Draw(Token token, DrawNode draw)
    {
        var area = DrawArea(draw);
        var entityCandidates = _org.Entities
            .Where(e => draw.Entities.Industries.Count == 0 || draw.Entities.Industries.Contains(e.Industry))
            .Where(e => area is null || _org.Contains(area, e.Township))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var sequence = _state.Version + 1;
        var seed = DrawSeed.Derive(_state.InstanceId, draw.Id, sequence);
        var random = new Xoshiro256StarStar(seed);
        if (DrawProcedure.PickEntities(random, entityCandidates.Select(e => e.Id).ToList(), draw.Entities.Count) is not { } entityIds)
        {
            Reject(RejectionCode.NotAllowedInState,
                $"双随机抽取 {NodeName(draw.Id)}: 检查对象不足 (the register has {entityCandidates.Count} entities in {area ?? "the whole directory"} matching the filter, the draw needs {draw.Entities.Count})");
            return;
        }
        // 回避: an inspector with a declared conflict with any drawn entity is no candidate.
        var inspectorCandidates = _org.Inspectors
            .Where(p => draw.Inspectors.Units.Contains(p.Unit) && !p.Conflicts.Any(entityIds.Contains))
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        var candidates = inspectorCandidates.Select(p => new DrawCandidate { Id = p.Id, Unit = p.Unit }).ToImmutableArray();
        if (DrawProcedure.PickInspectors(random, candidates, draw.Inspectors.Units, draw.Inspectors.Count) is not { } inspectorIds)
        {
            var exhausted = draw.Inspectors.Units.Where(u => !candidates.Any(c => c.Unit == u));
            Reject(RejectionCode.NotAllowedInState,
                $"双随机抽取 {NodeName(draw.Id)}: 执法检查人员不足 (the pools of {string.Join(", ", draw.Inspectors.Units)} offer {candidates.Length} inspectors without a conflict, the draw needs {draw.Inspectors.Count}, at least one of each unit{(exhausted.Any() ? "; none left in " + string.Join(", ", exhausted) : "")})");
            return;
        }
        Emit(new DrawMade
        {
            At = Now, Actor = Who, Unit = WhoUnit, Node = draw.Id, Token = token.Id,
            Instance = _state.InstanceId, Sequence = sequence, Algorithm = DrawSeed.Algorithm, Seed = DrawSeed.Format(seed),
            Area = area, Industries = [.. draw.Entities.Industries],
            EntityCount = draw.Entities.Count, EntityCandidates = [.. entityCandidates.Select(e => e.Id)],
            InspectorCount = draw.Inspectors.Count, Units = [.. draw.Inspectors.Units], InspectorCandidates = candidates,
            Entities = [.. entityIds.Select(id => entityCandidates.First(e => e.Id == id)).Select(e => new DrawnEntity
            {
                Id = e.Id, Name = e.Name, Industry = e.Industry, Township = e.Township, Address = e.Address,
            })],
            Inspectors = [.. inspectorIds.Select(id => inspectorCandidates.First(p => p.Id == id)).Select(p => new DrawnInspector
            {
                Id = p.Id, Name = p.Name, Unit = p.Unit, Certificate = p.Certificate,
            })],
        });
        // The record of the node is made by DrawMade (as TaskCompleted makes a task's), so the
        // move names no node to record.
        Move(token, draw.Next, null);
    }

    /// <summary>The place to draw in, or null for the whole register: an empty value, or the
    /// county that holds the whole register, mean everyone.</summary>
    private string? DrawArea(DrawNode draw)
    {
        if (draw.Entities.Area is not { } expression)
        {
            return null;
        }
        var value = Convert.ToString(Evaluate(expression, new What("township of {1}", "", draw.Id)), CultureInfo.InvariantCulture);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (_org.FindJurisdiction(value) is null)
        {
            Reject(RejectionCode.ExpressionFailed, $"township of {NodeName(draw.Id)} gave \"{value}\", which is no place of the org directory");
        }
        return value;
    }
}
