namespace OneMatter.Engine.Definitions;

/// <summary>
/// One cross-department matter (一件事) as its designers declared it in <c>workflows/*.yaml</c>:
/// the applicant form, the graph of nodes from <see cref="Start"/> to the ends, deadlines and
/// escalation. Immutable; produced only by the validating loader, so every reference in it
/// resolves (nodes, units, documents, form fields).
/// </summary>
public sealed record MatterDefinition
{
    /// <summary>Stable id, e.g. <c>rural-housing</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Version assigned on publish; files carry the latest.</summary>
    public int Version { get; init; } = 1;

    /// <summary>Chinese name shown to users, e.g. 农民建房.</summary>
    public required string Name { get; init; }

    /// <summary>English name.</summary>
    public required string NameEn { get; init; }

    /// <summary>Approval, enforcement, dispute or safety.</summary>
    public required MatterFamily Family { get; init; }

    /// <summary>The lead unit (牵头单位) that owns the matter end to end: a unit id, or a unit
    /// kind resolved in the applicant's jurisdiction.</summary>
    public required string Lead { get; init; }

    /// <summary>Partner units (协同单位) that act on handoffs.</summary>
    public IReadOnlyList<string> Partners { get; init; } = [];

    /// <summary>The statutory limit of the whole matter (办理时限), if any.</summary>
    public Duration? Deadline { get; init; }

    /// <summary>Expression giving the matter's place (a jurisdiction id, usually a form field such
    /// as <c>form.township</c>): scopes supervision and territorial assignment.</summary>
    public Condition? Jurisdiction { get; init; }

    /// <summary>Calendar id used for every working-day computation of this matter.</summary>
    public string Calendar { get; init; } = "cn-mainland";

    /// <summary>What the applicant submits.</summary>
    public IReadOnlyList<FormField> Form { get; init; } = [];

    /// <summary>Id of the first node.</summary>
    public required string Start { get; init; }

    /// <summary>Every node by id, in file order.</summary>
    public required IReadOnlyDictionary<string, Node> Nodes { get; init; }

    /// <summary>The default deadline policy for tasks and the matter (预警 / 超期 / 督办).</summary>
    public IReadOnlyList<EscalationRule> Escalation { get; init; } = [];

    /// <summary>Documents this matter can issue, by id.</summary>
    public IReadOnlyDictionary<string, DocumentSpec> Documents { get; init; } =
        new Dictionary<string, DocumentSpec>();

    /// <summary>Where the definition was read from.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;

    /// <summary>The node with the given id; throws for an unknown id (the loader guarantees
    /// every reference inside a definition resolves).</summary>
    public Node Node(string id) => Nodes[id];

    /// <summary>The form field with the given id, or null.</summary>
    public FormField? Field(string id)
    {
        foreach (var field in Form)
        {
            if (field.Id == id)
            {
                return field;
            }
        }
        return null;
    }

    /// <summary>The 督办单 a supervisor issues when opening 督办 on a task of
    /// <paramref name="node"/>: the document of the first supervise rule of the deadline policy in
    /// force there (the task's own, else the matter's), or null.</summary>
    public string? SupervisionDocument(string node)
    {
        var policy = Nodes.GetValueOrDefault(node) is TaskNode { Escalation: { } own } ? own : Escalation;
        foreach (var rule in policy)
        {
            if (rule.Action == EscalationAction.Supervise && rule.Document is { } document)
            {
                return document;
            }
        }
        return null;
    }
}
