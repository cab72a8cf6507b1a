using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OneMatter.Engine.Loading;

/// <summary>
/// Wraps YamlDotNet's event parser for <see cref="YamlText"/>. The representation model throws
/// on the first duplicate mapping key and recurses once per nesting level, so this wrapper
/// (1) renames a repeated key to a <see cref="DuplicateKey"/> marker the loaders report in
/// context ("node "x" is declared twice") while loading goes on, and (2) refuses nesting deeper
/// than <see cref="MaxDepth"/> before the recursion can overflow the stack.
/// </summary>
internal sealed class GuardedParser(IParser inner) : IParser
{
    /// <summary>Deepest nesting accepted; real definitions stay under ten.</summary>
    public const int MaxDepth = 64;

    private readonly Stack<Frame> _frames = new();
    private int _duplicates;

    /// <summary>End of the last event read, where an unexpected failure is reported.</summary>
    public Mark LastMark { get; private set; } = Mark.Empty;

    /// <inheritdoc />
    public ParsingEvent? Current { get; private set; }

    /// <inheritdoc />
    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            Current = null;
            return false;
        }
        var current = inner.Current!;
        LastMark = current.End;
        Current = Track(current);
        return true;
    }

    private ParsingEvent Track(ParsingEvent e)
    {
        switch (e)
        {
            case DocumentStart:
                _frames.Clear();
                return e;
            case MappingEnd or SequenceEnd:
                if (_frames.Count > 0)
                {
                    _frames.Pop();
                }
                return e;
            case Scalar or AnchorAlias or MappingStart or SequenceStart:
                var isKey = false;
                if (_frames.TryPeek(out var parent) && parent.Keys is not null)
                {
                    isKey = parent.ExpectKey;
                    parent.ExpectKey = !parent.ExpectKey;
                }
                if (e is MappingStart or SequenceStart)
                {
                    if (_frames.Count >= MaxDepth)
                    {
                        throw new YamlException(e.Start, e.End,
                            $"the YAML is nested more than {MaxDepth} levels deep");
                    }
                    _frames.Push(new Frame(e is MappingStart));
                }
                return isKey && e is Scalar key ? RenameRepeatedKey(parent!, key) : e;
            default:
                return e;
        }
    }

    private Scalar RenameRepeatedKey(Frame mapping, Scalar key)
    {
        if (mapping.Keys!.Add(key.Value))
        {
            return key;
        }
        _duplicates++;
        return new Scalar(key.Anchor, key.Tag, DuplicateKey.Mark(key.Value, _duplicates), key.Style,
            key.IsPlainImplicit, key.IsQuotedImplicit, key.Start, key.End, key.IsKey);
    }

    private sealed class Frame(bool isMapping)
    {
        public HashSet<string>? Keys { get; } = isMapping ? new(StringComparer.Ordinal) : null;

        public bool ExpectKey { get; set; } = true;
    }
}
