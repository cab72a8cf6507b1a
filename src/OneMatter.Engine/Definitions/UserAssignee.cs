namespace OneMatter.Engine.Definitions;

/// <summary>Direct allocation: the work goes to one named officer of a unit.</summary>
public sealed record UserAssignee(string User, string Unit) : Assignee
{
    /// <inheritdoc />
    public override string Describe() => $"{Unit}/{User}";
}
