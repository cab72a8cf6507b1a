namespace OneMatter.Engine.Persistence;

/// <summary>The account (and unit) that sent a command.</summary>
/// <param name="Id">Account id.</param>
/// <param name="Unit">The account's unit, if any.</param>
public sealed record CommandActor(string Id, string? Unit);
