using System.Diagnostics.CodeAnalysis;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Interpreter;

/// <summary>
/// <c>nodes.&lt;draw&gt;</c> in expressions and templates: the members every node offers plus
/// <c>entities</c> (list of {id, name, industry, township, address}), <c>inspectors</c> (list of
/// {id, name, unit, unit_id, certificate}) and <c>seed</c>. Read from the recorded event, so a
/// document shows what was drawn even after the register changed.
/// </summary>
internal sealed class DrawNodeView(NodeRecord record, DrawMade draw, OrgDirectory org) : ReadOnlyView
{
    private static readonly string[] Names = ["outcome", "fields", "unit", "unit_id", "by", "at", "entities", "inspectors", "seed"];

    /// <summary>The view of <paramref name="record"/> when it is a draw's.</summary>
    public static bool TryOf(NodeRecord record, OrgDirectory org, [MaybeNullWhen(false)] out object? view)
    {
        view = record.Draw is { } draw ? new DrawNodeView(record, draw, org) : null;
        return view is not null;
    }

    public override IEnumerable<string> Keys => Names;

    public override bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        value = key switch
        {
            "fields" => Item.Empty,
            "unit" => record.Unit is null ? null : org.FindUnit(record.Unit)?.Name ?? record.Unit,
            "unit_id" => record.Unit,
            "by" => record.By,
            "at" => record.At,
            "entities" => draw.Entities.Select(e => (object?)new Item(
                ("id", e.Id), ("name", e.Name), ("industry", e.Industry), ("township", e.Township), ("address", e.Address))).ToList(),
            "inspectors" => draw.Inspectors.Select(i => (object?)new Item(
                ("id", i.Id), ("name", i.Name), ("unit", org.FindUnit(i.Unit)?.Name ?? i.Unit), ("unit_id", i.Unit),
                ("certificate", i.Certificate))).ToList(),
            "seed" => draw.Seed,
            _ => null,
        };
        return Names.Contains(key);
    }

    /// <summary>One drawn entity or inspector: fixed members, all text.</summary>
    private sealed class Item(params (string Key, string? Value)[] members) : ReadOnlyView
    {
        public static Item Empty { get; } = new();

        public override IEnumerable<string> Keys => members.Select(m => m.Key);

        public override bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
        {
            foreach (var (k, v) in members)
            {
                if (k == key)
                {
                    value = v;
                    return true;
                }
            }
            value = null;
            return false;
        }
    }
}
