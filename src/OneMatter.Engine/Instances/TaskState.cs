using System.Collections.Immutable;
using OneMatter.Engine.Definitions;

namespace OneMatter.Engine.Instances;

/// <summary>An open task (待办) of a matter instance: a task or applicant-task node reached by a
/// token, with its signers' work items.</summary>
public sealed record TaskState
{
    /// <summary>Id within the instance, e.g. <c>t4</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The node.</summary>
    public required string Node { get; init; }

    /// <summary>The token waiting here.</summary>
    public required string Token { get; init; }

    /// <summary>Sign mode in force (加签 can turn a single task into 会签).</summary>
    public SignMode Sign { get; init; }

    /// <summary>Whether this is applicant work (补正).</summary>
    public bool ForApplicant { get; init; }

    /// <summary>Work items in signing order.</summary>
    public ImmutableArray<WorkItem> Items { get; init; } = [];

    /// <summary>When the task was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Its deadline, if the node has one.</summary>
    public string? Deadline { get; init; }

    /// <summary>How many times it was urged (催办).</summary>
    public int Urged { get; init; }

    /// <summary>Whether formal supervision (督办) is open on it.</summary>
    public bool Supervised { get; init; }

    /// <summary>The work item with this id, or null.</summary>
    public WorkItem? Item(string id)
    {
        foreach (var item in Items)
        {
            if (item.Id == id)
            {
                return item;
            }
        }
        return null;
    }
}
