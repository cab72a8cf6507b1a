namespace OneMatter.Server.Api;

/// <summary>Endpoint metadata: this endpoint accepts bodies up to <paramref name="Bytes"/> instead
/// of the server's 1 MB (<see cref="ServerComposition.MaxBodyBytes"/>), which the size check
/// before the pipeline reads from the matched endpoint.</summary>
internal sealed record UploadBodyLimit(long Bytes);
