using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Events;

/// <summary>申请: the instance exists, with its validated form.</summary>
public sealed record MatterStarted : MatterEvent
{
    /// <summary>Instance id.</summary>
    public required string InstanceId { get; init; }
    /// <summary>Definition id.</summary>
    public required string DefinitionId { get; init; }
    /// <summary>Definition version.</summary>
    public required int DefinitionVersion { get; init; }
    /// <summary>Applicant account.</summary>
    public string? Applicant { get; init; }
    /// <summary>Receipt look-up code.</summary>
    public string? QueryCode { get; init; }
    /// <summary>The matter's place.</summary>
    public string? Jurisdiction { get; init; }
    /// <summary>The concrete lead unit.</summary>
    public string? LeadUnit { get; init; }
    /// <summary>Parent instance for call nodes.</summary>
    public string? Parent { get; init; }
    /// <summary>The validated form.</summary>
    public required ValueMap<string> Form { get; init; }
}
