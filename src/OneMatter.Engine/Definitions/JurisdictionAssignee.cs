namespace OneMatter.Engine.Definitions;

/// <summary>
/// Territorial allocation (属地): the unit of <see cref="UnitKind"/> that covers the
/// jurisdiction the expression yields, found by walking up village → township → zone → county
/// in the org directory, so work lands at the zone hub where zones apply.
/// </summary>
public sealed record JurisdictionAssignee(string UnitKind, Condition Jurisdiction) : Assignee
{
    /// <inheritdoc />
    public override string Describe() => $"{UnitKind} @ {Jurisdiction.Source}";
}
