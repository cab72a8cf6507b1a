namespace OneMatter.Engine.Definitions;

/// <summary>Organisational allocation: the work goes to a unit's queue, any officer of it may
/// claim it. The unit id <c>lead</c> means the matter's lead unit.</summary>
public sealed record UnitAssignee(string Unit) : Assignee
{
    /// <inheritdoc />
    public override string Describe() => Unit;
}
