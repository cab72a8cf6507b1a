using OneMatter.Engine.Definitions;

namespace OneMatter.Engine.Loading;

public sealed partial class DefinitionValidator
{
    /// <summary>Field declarations: jurisdiction levels, and the form fields an applicant task
    /// opens for correction.</summary>
    private void CheckFields()
    {
        CheckLevels(_definition.Form, i => SourceMap.Path("form", Index(i), "level"), "form field");
        foreach (var node in _definition.Nodes.Values)
        {
            if (node is TaskNode task)
            {
                CheckLevels(task.Fields, i => NodePath(task.Id, "fields", Index(i), "level"), $"field of {Describe(task)},");
            }
            else if (node is ApplicantTaskNode applicant)
            {
                for (var i = 0; i < applicant.Fields.Count; i++)
                {
                    var field = applicant.Fields[i];
                    if (_definition.Field(field) is null)
                    {
                        Report(Where(NodePath(node.Id, "fields", Index(i)), node.Location),
                            $"{Describe(node)} opens \"{field}\" for correction, but the form has no such field{Suggest.DidYouMean(field, _definition.Form.Select(f => f.Id))}");
                    }
                }
            }
        }
    }

    private void CheckLevels(IReadOnlyList<FormField> fields, Func<int, string> path, string noun)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            if (field.Type == FieldType.Jurisdiction && field.Level is { } level
                && !DefinitionParser.Words.Level.ContainsKey(level))
            {
                Report(Where(path(i), field.Location),
                    $"level \"{level}\" of {noun} \"{field.Id}\" is not a level{ClosedSet.Hint(level, DefinitionParser.Words.Level.Keys)}");
            }
        }
    }

    /// <summary>Nodes that parse but cannot work: a task nobody can complete, a decision with
    /// nothing to decide, a call that has nowhere to go for some results.</summary>
    private void CheckNodeShapes()
    {
        foreach (var node in _definition.Nodes.Values)
        {
            switch (node)
            {
                case TaskNode { Outcomes.Count: 0 }:
                    _deadEnd = true;
                    if (!ParserToldAbout(node, "outcomes"))
                    {
                        Report(node.Location, $"{Describe(node)} has no outcomes: add at least one, e.g. outcomes: {{ done: next-node }}");
                    }
                    break;
                case DecisionNode { Conditions.Count: 0 } when !ParserToldAbout(node, "conditions"):
                    Report(node.Location, $"{Describe(node)} has no conditions: add at least one {{ when, next }}");
                    break;
                case DrawNode draw:
                    CheckDraw(draw);
                    break;
                case CallNode { Next: null } call when call.Results.Count < Enum.GetValues<EndResult>().Length:
                    _deadEnd |= call.Results.Count == 0;
                    var missing = Enum.GetValues<EndResult>().Where(r => !call.Results.ContainsKey(r)).Select(r => DefinitionParser.Words.Of(r));
                    Report(node.Location, $"{Describe(node)} has no \"next\" for results {string.Join(", ", missing)}: add \"next\" or those results");
                    break;
            }
        }
    }

    /// <summary>Whether the parser reported errors in <paramref name="node"/> while its
    /// <paramref name="key"/> is written: an empty list there is then the parser's error (a wrong
    /// shape, a bad item), already told.</summary>
    private bool ParserToldAbout(Node node, string key) =>
        _nodesWithErrors.Contains(node.Id) && _map.Contains(NodePath(node.Id, key));

    /// <summary>n-of-m joins: n must be at least one and at most the branches of the split.</summary>
    private void CheckJoinCounts()
    {
        foreach (var join in _definition.Nodes.Values.OfType<JoinNode>().Where(j => j.Mode == JoinMode.Count))
        {
            var at = Where(NodePath(join.Id, "count"), join.Location);
            var split = _definition.Nodes.Values.OfType<ParallelNode>().FirstOrDefault(p => p.Join == join.Id);
            if (join.Count < 1)
            {
                Report(at, $"{Describe(join)} has mode count and needs a \"count\" of at least 1 (it has {join.Count})");
            }
            else if (split is not null && join.Count > split.Branches.Count)
            {
                Report(at, $"{Describe(join)} waits for {join.Count} branches, but {Describe(split)} has only {split.Branches.Count}");
            }
        }
    }
}
