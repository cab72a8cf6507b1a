using OneMatter.Engine.Definitions;
using YamlDotNet.RepresentationModel;

namespace OneMatter.Engine.Loading;

public sealed partial class DefinitionParser
{
    private ParallelNode ReadParallel(YamlMap m, string id, string name)
    {
        var branches = new List<Branch>();
        var list = m.ListValue("branches", required: true);
        if (list is null)
        {
            _graphBroken = true;
        }
        else if (list.Children.Count == 0)
        {
            _diagnostics.Add(list.Start, $"{m.What} has no branches");
        }
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            if (ReadBranch(list.Children[i], $"branch {i + 1} of {m.What}") is { } branch)
            {
                branches.Add(branch);
            }
            else
            {
                _graphBroken = true;
            }
        }
        return new ParallelNode { Id = id, Name = name, Branches = branches, Join = m.Text("join") };
    }

    private Branch? ReadBranch(YamlNode node, string what)
    {
        // Shorthand: a plain node id.
        if (node is YamlScalarNode scalar)
        {
            if (Scalars.IsNull(scalar))
            {
                _diagnostics.Add(node.Start, $"{what} is empty; write a node id or {{ node, when }}");
                return null;
            }
            return new Branch { Node = scalar.Value!, Location = At(node) };
        }
        if (YamlMap.Open(node, what, _diagnostics) is not { } b)
        {
            return null;
        }
        b.AllowOnly(Keys.Branch);
        var target = b.Text("node", required: true);
        var when = ReadCondition(b, "when");
        return target is null ? null : new Branch { Node = target, When = when, Location = At(node) };
    }

    private JoinNode ReadJoin(YamlMap m, string id, string name)
    {
        var mode = m.Word("mode", Words.JoinMode) ?? JoinMode.All;
        var count = m.Integer("count");
        if (count is not null && mode != JoinMode.Count)
        {
            _diagnostics.Add(m.KeyNode("count")!.Start, $"\"count\" applies only with mode: count, but {m.What} has mode {Words.Of(mode)}");
        }
        return new JoinNode
        {
            Id = id,
            Name = name,
            Mode = mode,
            Count = count ?? 0,
            CancelRemaining = m.Bool("cancel-remaining", false),
            Next = NodeReference(m, "next"),
        };
    }

    private DecisionNode ReadDecision(YamlMap m, string id, string name)
    {
        var conditions = new List<DecisionBranch>();
        var list = m.ListValue("conditions");
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            var what = $"condition {i + 1} of {m.What}";
            if (YamlMap.Open(list.Children[i], what, _diagnostics) is not { } c)
            {
                _graphBroken = true;
                continue;
            }
            c.AllowOnly(Keys.Condition);
            var when = ReadCondition(c, "when", required: true);
            var next = NodeReference(c, "next");
            if (when is null)
            {
                _graphBroken = true; // the branch and its edge are lost with the condition
                continue;
            }
            conditions.Add(new DecisionBranch { When = when, Next = next, Location = At(c.Node) });
        }
        if (m.Has("conditions") && list is null)
        {
            _graphBroken = true;
        }
        return new DecisionNode { Id = id, Name = name, Conditions = conditions, Default = NodeReference(m, "default") };
    }

    private TimerNode ReadTimer(YamlMap m, string id, string name)
    {
        if (m.Has("duration") == m.Has("until"))
        {
            _diagnostics.Add(m.Start, m.Has("duration")
                ? $"{m.What} has both \"duration\" and \"until\"; keep one"
                : $"{m.What} needs \"duration\" (e.g. 5 working days) or \"until\" (a date expression)");
        }
        return new TimerNode
        {
            Id = id,
            Name = name,
            Duration = ReadDuration(m, "duration"),
            Until = ReadCondition(m, "until"),
            Next = NodeReference(m, "next"),
        };
    }
}
