namespace OneMatter.Server.Definitions;

/// <summary>A version just published: new applications use it from now on.</summary>
public sealed record PublishedDto(string Id, int Version, string PublishedBy, DateTimeOffset PublishedAt, string Sha256);
