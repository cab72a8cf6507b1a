namespace OneMatter.Server.Definitions;

/// <summary>Whether a definition takes new applications; who retired it and when.</summary>
public sealed record RetirementDto(string Id, bool Retired, string? By, DateTimeOffset? At);
