using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace OneMatter.Engine.Expressions;

/// <summary>
/// Shows a caller's dictionary to Scriban as an object whose members are exactly its keys.
/// Read-only: assignments to members fail, and nothing from .NET (methods, properties of the
/// dictionary type) is reachable. Values are converted on each read, so nothing is copied.
/// </summary>
internal sealed class ReadOnlyObjectAdapter(IReadOnlyDictionary<string, object?> members) : IScriptObject, IFormattable
{
    /// <summary>The wrapped dictionary.</summary>
    public IReadOnlyDictionary<string, object?> Members { get; } = members;

    public int Count => Members.Count;

    // Scriban may try to mark objects read-only; this one always is, so the setter has nothing to do.
    public bool IsReadOnly
    {
        get => true;
        set { }
    }

    public IEnumerable<string> GetMembers() => Members.Keys;

    public bool Contains(string member) => Members.ContainsKey(member);

    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (Members.TryGetValue(member, out object? raw))
        {
            value = ScriptValues.ToScript(raw);
            return true;
        }

        value = null;
        return false;
    }

    public bool CanWrite(string member) => false;

    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) => false;

    public bool Remove(string member) => false;

    public void SetReadOnly(string member, bool readOnly)
    {
    }

    // Immutable, so a clone can be the same instance.
    public IScriptObject Clone(bool deep) => this;

    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var text = new StringBuilder("{");
        foreach ((string name, object? raw) in Members)
        {
            if (text.Length > 1)
            {
                text.Append(", ");
            }

            object? value = ScriptValues.ToScript(raw);
            string? shown = formatProvider is TemplateContext context
                ? context.ObjectToString(value, nested: true)
                : Convert.ToString(value, formatProvider);
            text.Append(name).Append(": ").Append(shown ?? "null");
        }

        return text.Append('}').ToString();
    }

    public override string ToString() => ToString(null, null);
}
