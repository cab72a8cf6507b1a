namespace OneMatter.Engine.Expressions;

/// <summary>Which Scriban mode a source is parsed in, and how errors name it.</summary>
internal enum ScriptKind
{
    /// <summary>Script-only code such as <c>form.floor_area &gt; 200</c>.</summary>
    Expression,

    /// <summary>Text with <c>{{ }}</c> blocks.</summary>
    Template,
}
