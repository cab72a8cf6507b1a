namespace OneMatter.Engine.Instances;

/// <summary>What a matter instance is and whose it is: fixed when it starts, so every snapshot
/// of the instance shares one header.</summary>
public sealed record MatterHeader
{
    /// <summary>Instance id (the receipt number).</summary>
    public required string InstanceId { get; init; }

    /// <summary>Definition id.</summary>
    public required string DefinitionId { get; init; }

    /// <summary>The definition version the instance started on and stays on.</summary>
    public int DefinitionVersion { get; init; }

    /// <summary>The applicant (or reporter) account, if any.</summary>
    public string? Applicant { get; init; }

    /// <summary>Code printed on the receipt that lets anyone holding it look the matter up.</summary>
    public string? QueryCode { get; init; }

    /// <summary>The matter's place (jurisdiction id), if the definition names one.</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>The concrete lead unit.</summary>
    public string? LeadUnit { get; init; }

    /// <summary>The parent instance when started by a call node.</summary>
    public string? Parent { get; init; }

    /// <summary>When it started.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>The header of an instance not started yet.</summary>
    public static MatterHeader None { get; } = new() { InstanceId = "", DefinitionId = "" };
}
