namespace OneMatter.Engine.Persistence;

/// <summary>An attachment that could not be bound, and why.</summary>
/// <param name="Id">The id asked for.</param>
/// <param name="Reason">Why it was refused.</param>
public sealed record AttachmentBindFailure(string Id, AttachmentBindRefusal Reason);
