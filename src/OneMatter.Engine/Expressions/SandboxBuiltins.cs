using Scriban.Functions;
using Scriban.Runtime;

namespace OneMatter.Engine.Expressions;

/// <summary>
/// Builds the builtin functions an expression may use: Scriban's defaults (array, date, html,
/// math, object, regex, string, timespan) plus ours (<c>place</c>, <c>unit</c>, <c>cn_date</c>,
/// <c>cn_datetime</c>) minus anything that reads the clock, draws random
/// numbers, loads templates or evaluates code built at run time; then frozen so no evaluation can
/// change them for the next one (e.g. <c>date.format = ...</c> fails).
/// </summary>
internal static class SandboxBuiltins
{
    private const string NotRepeatable =
        "expressions and templates must give the same result every time; pass the value in as a variable instead";

    private const string NoFiles = "templates cannot load other templates or files";

    private const string NoEval = "expressions cannot run code built from text";

    /// <summary>Root names that are builtins, never references to the caller's variables.</summary>
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal)
    {
        "array", "date", "html", "math", "object", "regex", "string", "timespan",
        // Ours, for documents: ids to names, dates the Chinese way.
        "place", "unit", "cn_date", "cn_datetime",
        "include", "include_join", "empty", "blank",
        // Loop state objects: for.index, while.index, tablerow.col.
        "for", "while", "tablerow",
    };

    /// <summary>Builtins replaced by a function that fails, with the reason; the parser reports them too.</summary>
    public static readonly IReadOnlyDictionary<string, string> Disabled = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["date.now"] = NotRepeatable,
        ["date.utc_now"] = NotRepeatable,
        ["date.parse_to_string"] = "use date.parse and then date.to_string",
        ["math.random"] = NotRepeatable,
        ["math.uuid"] = NotRepeatable,
        ["include"] = NoFiles,
        ["include_join"] = NoFiles,
        // eval would run code the definition loader never saw, so its references go unchecked.
        ["object.eval"] = NoEval,
        ["object.eval_template"] = NoEval,
    };

    public static ScriptObject Create()
    {
        var builtins = new BuiltinFunctions();

        // Also replaces date.parse and `date "text"`, which read the clock and the host's time zone.
        builtins.SetValue("date", new SandboxDateFunctions(), readOnly: true);
        builtins.SetValue("place", OrgNameFunction.Place, readOnly: true);
        builtins.SetValue("unit", OrgNameFunction.Unit, readOnly: true);
        builtins.SetValue("cn_date", ChineseDateFunction.Date, readOnly: true);
        builtins.SetValue("cn_datetime", ChineseDateFunction.DateTime, readOnly: true);
        foreach ((string path, string reason) in Disabled)
        {
            int dot = path.IndexOf('.', StringComparison.Ordinal);
            ScriptObject owner = dot < 0 ? builtins : (ScriptObject)builtins[path[..dot]]!;
            owner.SetValue(path[(dot + 1)..], new DisabledFunction(path, reason), readOnly: true);
        }

        foreach (string name in builtins.Keys.ToArray())
        {
            if (builtins[name] is ScriptObject functions)
            {
                Freeze(functions);
            }
        }

        Freeze(builtins);
        return builtins;
    }

    private static void Freeze(ScriptObject functions)
    {
        foreach (string member in functions.Keys.ToArray())
        {
            functions.SetReadOnly(member, true);
        }

        functions.IsReadOnly = true;
    }
}
