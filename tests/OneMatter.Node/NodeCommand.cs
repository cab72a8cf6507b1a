namespace OneMatter.Node;

/// <summary>
/// One line of the node's input. <c>op</c> is <c>start</c> (a new instance on a definition) or
/// <c>complete</c> (an officer completes a task with an outcome). <c>seq</c> is the client's number,
/// echoed in the acknowledgement; <c>key</c> is the idempotency key, so a line sent again after a
/// restart is answered with the first outcome instead of being applied twice.
/// </summary>
internal sealed record NodeCommand
{
    public long Seq { get; init; }

    public string? Key { get; init; }

    public string Op { get; init; } = string.Empty;

    public string Instance { get; init; } = string.Empty;

    /// <summary>For <c>start</c>: the definition id.</summary>
    public string? Definition { get; init; }

    /// <summary>For <c>complete</c>: the task id (as listed in the start's acknowledgement).</summary>
    public string? Task { get; init; }

    /// <summary>For <c>complete</c>: the outcome id.</summary>
    public string? Outcome { get; init; }

    /// <summary>For <c>complete</c>: the officer's account.</summary>
    public string? Actor { get; init; }

    /// <summary>For <c>complete</c>: the officer's unit.</summary>
    public string? Unit { get; init; }
}
