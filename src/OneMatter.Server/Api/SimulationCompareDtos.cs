namespace OneMatter.Server.Api;

/// <summary>A definition to simulate: its id and a published version (the latest served when left out).</summary>
public sealed record DefinitionReference(string? Id, int? Version);

/// <summary>Two definitions to run side by side, and optionally a simulation script (YAML, as for
/// <c>onematter compare --script</c>); without one, every holder takes its full time limit and
/// chooses the first outcome.</summary>
public sealed record SimulationCompareRequest(DefinitionReference? A, DefinitionReference? B, string? Script);

/// <summary>One row of a simulated timeline: a node, the units holding it (none for the applicant
/// or the system; <c>Holder</c> names them either way), from when to when, its working days and
/// the working days elapsed since the application when it ended; <c>StepEn</c> is the English name
/// of its applicant-visible step, when the definition gives one.</summary>
public sealed record SimulatedStepDto(string Node, string Name, string? Step, string Holder, IReadOnlyList<string> Units,
    DateTimeOffset Start, DateTimeOffset End, double WorkingDays, double Elapsed, string? Outcome, bool Late, string? StepEn = null);

/// <summary>One definition's simulated run: its timeline and totals; <c>Stopped</c> says why it did
/// not reach an end (then <c>Result</c> is null and the totals run to where it stopped).</summary>
public sealed record SimulatedRunDto(string Id, int Version, string Name, string NameEn, DateTimeOffset Start, DateTimeOffset End,
    double WorkingDays, double CalendarDays, int Steps, int ApplicantSteps, int Holders, string? Result, string? Stopped,
    IReadOnlyList<SimulatedStepDto> Timeline, IReadOnlyList<string> Notes);

/// <summary>Both runs, the difference in working days (b − a: negative when b is faster), which
/// is faster (<c>a</c>, <c>b</c>, null on a tie) and how many times faster (null when the faster
/// took no working time).</summary>
public sealed record SimulationComparisonDto(SimulatedRunDto A, SimulatedRunDto B, double Difference, string? Faster, double? Speedup);
