namespace OneMatter.Engine.Definitions;

/// <summary>Role-based allocation: officers of the unit holding the role may claim it.</summary>
public sealed record RoleAssignee(string Unit, string Role) : Assignee
{
    /// <inheritdoc />
    public override string Describe() => $"{Unit} ({Role})";
}
