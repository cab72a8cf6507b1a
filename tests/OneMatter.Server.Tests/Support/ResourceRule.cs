namespace OneMatter.Server.Tests.Support;

/// <summary>
/// How the resource matrix probes one endpoint with a resource in its path, and what each role
/// must be answered. A role outside <see cref="Roles"/> is refused before any id is looked up
/// (403; no account: 401). For a role in it:
/// <list type="bullet">
/// <item>an endpoint on a matter (<see cref="OfMatter"/>): the role's own matter (A, or
/// <see cref="OwnInstance"/>) answers <see cref="Own"/>'s status for the role, past the access
/// rules; a role without one in <see cref="Own"/> has no matter of its own, so A is another's for
/// it; another's matter (B) is answered 404, as if it did not exist;</item>
/// <item>a shared resource (a definition, a calendar, a workspace file): <see cref="Own"/>'s status
/// for the role, with the parameters from <see cref="Values"/>.</item>
/// </list>
/// </summary>
internal sealed record ResourceRule
{
    /// <summary>The roles the endpoint is for.</summary>
    public required IReadOnlyList<string> Roles { get; init; }

    /// <summary>Role → the exact status of the request on that role's own resource.</summary>
    public required IReadOnlyDictionary<string, int> Own { get; init; }

    /// <summary>True when the path names a matter or a thing in one (task, document, attachment).</summary>
    public bool OfMatter { get; init; } = true;

    /// <summary>The own matter when it is not A (withdrawing needs a matter with nothing left to withdraw).</summary>
    public string? OwnInstance { get; init; }

    /// <summary>A parameter naming something inside the matter by an id unique across matters (a
    /// document number): probed once more with the caller's own matter and another's id, which
    /// must be answered like another's matter. (Task and work-item ids are names within their
    /// matter, so the same id under the own matter is the own matter's.)</summary>
    public string? Crossed { get; init; }

    /// <summary>For the officer on a task endpoint: the status when the task is another unit's in
    /// the officer's own matter (A's housing review). Reading it is reading the matter (200); an
    /// action is the engine's refusal, which must change nothing.</summary>
    public int? OtherUnitsTask { get; init; }

    /// <summary>Values of path parameters that are not a matter's: a definition id, a calendar, a file path.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>Appended to the path, e.g. <c>?from=1&amp;to=1</c>.</summary>
    public string Query { get; init; } = "";

    /// <summary>The JSON body of a POST or PUT (the same for every role), or a string sent as YAML.</summary>
    public object? Body { get; init; }

    /// <summary>Runs before an own request that needs a state (release needs a claim).</summary>
    public Func<Task>? Before { get; init; }

    /// <summary>Runs after an own request that changed something, to put it back (a claim is released).</summary>
    public Func<Task>? After { get; init; }

    /// <summary>What a refused write must leave unchanged when it is not the matter in its path
    /// (an application: the count of matters; a definition: its versions and draft).</summary>
    public Func<Task<string>>? Snapshot { get; init; }
}
