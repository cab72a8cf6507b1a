using OneMatter.Engine.Definitions;

namespace OneMatter.Engine.Loading;

public sealed partial class DefinitionParser
{
    /// <summary>The keys of a draw node's parts (<see cref="Keys"/> has the node's own).</summary>
    public static class DrawKeys
    {
        /// <summary><c>entities</c> of a draw node.</summary>
        public static IReadOnlyList<string> Entities { get; } = ["count", "industries", "township"];

        /// <summary><c>inspectors</c> of a draw node.</summary>
        public static IReadOnlyList<string> Inspectors { get; } = ["count", "units"];
    }

    /// <summary><c>type: draw</c> (双随机抽取).</summary>
    private DrawNode? ReadDraw(YamlMap m, string id, string name)
    {
        var entities = ReadDrawEntities(m);
        var inspectors = ReadDrawInspectors(m);
        var next = NodeReference(m, "next");
        return entities is null || inspectors is null
            ? null
            : new DrawNode { Id = id, Name = name, Entities = entities, Inspectors = inspectors, Next = next };
    }

    private DrawEntities? ReadDrawEntities(YamlMap node)
    {
        if (YamlMap.Open(node.MapValue("entities", required: true), $"the entities of {node.What}", _diagnostics) is not { } e)
        {
            return null;
        }
        e.AllowOnly(DrawKeys.Entities);
        var count = DrawCount(e);
        var industries = e.Words("industries");
        foreach (var industry in industries)
        {
            CheckId(industry, "industry");
        }
        var area = ReadCondition(e, "township");
        return count is null ? null : new DrawEntities
        {
            Count = count.Value,
            Industries = industries.Select(i => i.Value!).ToList(),
            Area = area,
            Location = At(e.Node),
        };
    }

    private DrawInspectors? ReadDrawInspectors(YamlMap node)
    {
        if (YamlMap.Open(node.MapValue("inspectors", required: true), $"the inspectors of {node.What}", _diagnostics) is not { } p)
        {
            return null;
        }
        p.AllowOnly(DrawKeys.Inspectors);
        var count = DrawCount(p);
        var list = p.ListValue("units", required: true);
        if (list is { Children.Count: 0 })
        {
            _diagnostics.Add(p.Get("units")!.Start, $"\"units\" of {p.What} is empty: name at least one unit whose inspectors are drawn");
        }
        var units = list is null ? [] : p.Words("units");
        for (var i = 0; i < units.Count; i++)
        {
            if (units.Take(i).Any(u => u.Value == units[i].Value))
            {
                _diagnostics.Add(units[i].Start, $"unit \"{units[i].Value}\" is named twice in {p.What}");
            }
        }
        if (count is { } n && units.Count > n)
        {
            _diagnostics.Add(p.Get("count")!.Start,
                $"{p.What} draws {n} inspectors but names {units.Count} units, each of which gets at least one: draw at least {units.Count}");
        }
        return count is null ? null : new DrawInspectors
        {
            Count = count.Value,
            Units = units.Select(u => u.Value!).Distinct(StringComparer.Ordinal).ToList(),
            Location = At(p.Node),
        };
    }

    /// <summary>The required <c>count</c>: a whole number from 1 to 100 (a draw is a handful of
    /// picks; a larger count is a typo).</summary>
    private int? DrawCount(YamlMap part)
    {
        if (part.Scalar("count", required: true) is null || part.Integer("count") is not { } count)
        {
            return null;
        }
        if (count is < 1 or > 100)
        {
            _diagnostics.Add(part.Get("count")!.Start, $"\"count\" of {part.What} must be from 1 to 100, not {count}");
            return null;
        }
        return count;
    }
}
