namespace OneMatter.Engine.Definitions;

/// <summary>Deferred allocation: the unit is chosen at run time, typically by an earlier task's
/// field (<c>nodes.triage.fields.dispatch_to</c>).</summary>
public sealed record DeferredAssignee(Condition UnitExpression) : Assignee
{
    /// <inheritdoc />
    public override string Describe() => $"= {UnitExpression.Source}";
}
