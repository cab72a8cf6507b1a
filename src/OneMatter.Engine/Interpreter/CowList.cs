using System.Collections;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace OneMatter.Engine.Interpreter;

/// <summary>
/// A list over an immutable array that copies only when first written: most commands touch two
/// or three of an instance's collections, so the others go back into the new snapshot as they were.
/// Each structural change makes an exact-size array, so the final array is handed to the snapshot
/// without another copy. A mutable struct, to cost nothing per command: keep it in a field and
/// call it in place, never through a copy.
/// </summary>
internal struct CowList<T> : IEnumerable<T>
{
    private T[] _items;
    private bool _owned;

    public CowList(ImmutableArray<T> original)
    {
        _items = original.IsDefault ? [] : ImmutableCollectionsMarshal.AsArray(original)!;
        _owned = false;
    }

    public readonly int Count => _items?.Length ?? 0;

    public T this[int index]
    {
        readonly get => _items[index];
        set
        {
            if (!_owned)
            {
                _items = (T[])_items.Clone();
                _owned = true;
            }
            _items[index] = value;
        }
    }

    public void Add(T item)
    {
        var items = new T[Count + 1];
        Array.Copy(_items ?? [], items, Count);
        items[^1] = item;
        _items = items;
        _owned = true;
    }

    public void Clear()
    {
        _items = [];
        _owned = false;
    }

    public bool Remove(T item)
    {
        var index = IndexOf(item);
        if (index < 0)
        {
            return false;
        }
        RemoveAt(index);
        return true;
    }

    public void RemoveAt(int index)
    {
        var items = new T[Count - 1];
        Array.Copy(_items, 0, items, 0, index);
        Array.Copy(_items, index + 1, items, index, Count - index - 1);
        _items = items;
        _owned = true;
    }

    public int RemoveAll(Predicate<T> match)
    {
        var kept = new List<T>(Count);
        foreach (var item in _items ?? [])
        {
            if (!match(item))
            {
                kept.Add(item);
            }
        }
        var removed = Count - kept.Count;
        if (removed > 0)
        {
            _items = [.. kept];
            _owned = true;
        }
        return removed;
    }

    public readonly int IndexOf(T item)
    {
        for (var i = 0; i < Count; i++)
        {
            if (ReferenceEquals(_items[i], item) || EqualityComparer<T>.Default.Equals(_items[i], item))
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
            if (match(_items[i]))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The contents as an immutable array, without copying; later writes copy first.</summary>
    public ImmutableArray<T> ToImmutable()
    {
        _owned = false;
        return ImmutableCollectionsMarshal.AsImmutableArray(_items ?? []);
    }

    public readonly Enumerator GetEnumerator() => new(_items ?? []);

    readonly IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? [])).GetEnumerator();

    readonly IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    /// <summary>Allocation-free enumeration for <c>foreach</c> over what the list held when it began.</summary>
    public struct Enumerator(T[] items)
    {
        private int _index = -1;

        public readonly T Current => items[_index];

        public bool MoveNext() => ++_index < items.Length;
    }
}
