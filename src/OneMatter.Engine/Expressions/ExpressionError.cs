namespace OneMatter.Engine.Expressions;

/// <summary>
/// A problem found while parsing an expression or a text template.
/// </summary>
/// <param name="Line">1-based line inside the expression or template text (not inside the YAML file).</param>
/// <param name="Column">1-based column inside that line.</param>
/// <param name="Message">What is wrong, worded for a process designer.</param>
public sealed record ExpressionError(int Line, int Column, string Message);
