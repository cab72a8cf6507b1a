using System.Collections;
using System.Collections.Immutable;

namespace OneMatter.Engine.Interpreter;

/// <summary>
/// A list over an immutable array that copies only when first written: most commands touch two
/// or three of an instance's collections, so the others go back into the new snapshot as they were.
/// A mutable struct, to cost nothing per command: keep it in a field and call it in place, never
/// through a copy.
/// </summary>
internal struct CowList<T> : IEnumerable<T>
{
    private ImmutableArray<T> _original;
    private List<T>? _copy;

    public CowList(ImmutableArray<T> original)
    {
        _original = original.IsDefault ? [] : original;
        _copy = null;
    }

    public readonly int Count => _copy?.Count ?? (_original.IsDefault ? 0 : _original.Length);

    public T this[int index]
    {
        readonly get => _copy is null ? _original[index] : _copy[index];
        set => Writable()[index] = value;
    }

    private List<T> Writable() => _copy ??= [.. _original.IsDefault ? [] : _original];

    public void Add(T item) => Writable().Add(item);

    public void Clear()
    {
        _copy = null;
        _original = [];
    }

    public readonly bool IsEmpty => Count == 0;

    public bool Remove(T item)
    {
        var index = IndexOf(item);
        if (index < 0)
        {
            return false;
        }
        Writable().RemoveAt(index);
        return true;
    }

    public void RemoveAt(int index) => Writable().RemoveAt(index);

    public int RemoveAll(Predicate<T> match)
    {
        if (FindIndex(match) < 0)
        {
            return 0;
        }
        return Writable().RemoveAll(match);
    }

    public readonly int IndexOf(T item)
    {
        for (var i = 0; i < Count; i++)
        {
            if (ReferenceEquals(this[i], item) || EqualityComparer<T>.Default.Equals(this[i], item))
            {
                return i;
            }
        }
        return -1;
    }

    public readonly int FindIndex(Predicate<T> match)
    {
        for (var i = 0; i < Count; i++)
        {
            if (match(this[i]))
            {
                return i;
            }
        }
        return -1;
    }

    public readonly ImmutableArray<T> ToImmutable() => _copy is null ? (_original.IsDefault ? [] : _original) : [.. _copy];

    public readonly Enumerator GetEnumerator() => new(_copy, _original);

    readonly IEnumerator<T> IEnumerable<T>.GetEnumerator() => _copy is null ? ((IEnumerable<T>)_original).GetEnumerator() : _copy.GetEnumerator();

    readonly IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    /// <summary>Allocation-free enumeration for <c>foreach</c> over what the list held when it began.</summary>
    public struct Enumerator(List<T>? copy, ImmutableArray<T> original)
    {
        private int _index = -1;

        public readonly T Current => copy is null ? original[_index] : copy[_index];

        public bool MoveNext() => ++_index < (copy?.Count ?? original.Length);
    }
}
