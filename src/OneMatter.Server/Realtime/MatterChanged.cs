namespace OneMatter.Server.Realtime;

/// <summary>
/// The <c>matterChanged</c> message: a matter moved on; the client re-reads
/// <c>GET /api/matters/{id}</c> (or its inbox) for the details, which the API authorises again.
/// Sent to the applicant and to the units holding work in it.
/// </summary>
/// <param name="InstanceId">The matter (receipt number).</param>
/// <param name="DefinitionId">Its definition.</param>
/// <param name="Status"><c>Running</c> or <c>Ended</c>.</param>
/// <param name="Result">How it ended, when it has.</param>
/// <param name="Version">The matter's version; a client may drop messages older than what it shows.</param>
/// <param name="Holding">The units holding open work in it now.</param>
public sealed record MatterChanged(string InstanceId, string DefinitionId, string Status, string? Result, long Version, IReadOnlyList<string> Holding);
