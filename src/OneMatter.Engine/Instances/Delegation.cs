namespace OneMatter.Engine.Instances;

/// <summary>委派: who handed the work item on and gets it back on resolve.</summary>
public sealed record Delegation(string OwnerUnit, string OwnerUser);
