using System.Collections;

namespace OneMatter.Engine.Expressions;

/// <summary>
/// Shows a caller's list to Scriban as a read-only array. Scriban reads lists through
/// <see cref="IList"/>; every mutating member throws so a script cannot change the caller's data.
/// Items are converted on each read, so nothing is copied.
/// </summary>
internal sealed class ReadOnlyListAdapter(IReadOnlyList<object?> items) : IList
{
    private const string ReadOnlyMessage = "lists given to expressions are read-only; build a new list with array.add instead";

    /// <summary>The wrapped list.</summary>
    public IReadOnlyList<object?> Items { get; } = items;

    public int Count => Items.Count;

    public bool IsFixedSize => true;

    public bool IsReadOnly => true;

    public bool IsSynchronized => false;

    public object SyncRoot => this;

    public object? this[int index]
    {
        get => ScriptValues.ToScript(Items[index]);
        set => throw new NotSupportedException(ReadOnlyMessage);
    }

    public int Add(object? value) => throw new NotSupportedException(ReadOnlyMessage);

    public void Clear() => throw new NotSupportedException(ReadOnlyMessage);

    public void Insert(int index, object? value) => throw new NotSupportedException(ReadOnlyMessage);

    public void Remove(object? value) => throw new NotSupportedException(ReadOnlyMessage);

    public void RemoveAt(int index) => throw new NotSupportedException(ReadOnlyMessage);

    public bool Contains(object? value) => IndexOf(value) >= 0;

    public int IndexOf(object? value)
    {
        for (int i = 0; i < Items.Count; i++)
        {
            if (Equals(ScriptValues.ToScript(Items[i]), value))
            {
                return i;
            }
        }

        return -1;
    }

    public void CopyTo(Array array, int index)
    {
        ArgumentNullException.ThrowIfNull(array);
        for (int i = 0; i < Items.Count; i++)
        {
            array.SetValue(ScriptValues.ToScript(Items[i]), index + i);
        }
    }

    public IEnumerator GetEnumerator()
    {
        for (int i = 0; i < Items.Count; i++)
        {
            yield return ScriptValues.ToScript(Items[i]);
        }
    }
}
