using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Simulation;
using OneMatter.Runtime;

namespace OneMatter.Server.Benchmarks;

/// <summary>
/// The rural-housing matter as both halves of the completion benchmark drive it: matters applied
/// for Baishi village (so every review lands on a unit that has a demo officer) and accepted at
/// the township window through the server's own <see cref="CommandWriter"/>, leaving four open
/// review tasks each (village committee, natural resources, housing, agriculture). Completing
/// those four is the measured work, over HTTP or in-process; both pass the same outcome and
/// fields to the same writer.
/// </summary>
internal sealed class RuralHousing
{
    private readonly CommandWriter _writer;
    private readonly Dictionary<string, IReadOnlyDictionary<string, string?>> _fields = [];

    public RuralHousing(RuntimeHost host)
    {
        _writer = host.Runtime.Writer;
        Definition = host.Runtime.Catalog.Latest("rural-housing") ?? throw new InvalidOperationException("rural-housing is not loaded");
        foreach (var node in Definition.Nodes.Values.OfType<TaskNode>())
        {
            _fields[node.Id] = FormSampler.Complete(node.Fields, new Dictionary<string, string?>(), host.Runtime.Engine.Org, new DateOnly(2026, 11, 27));
        }
    }

    public MatterDefinition Definition { get; }

    /// <summary>Applies for and accepts <paramref name="count"/> matters (ids <c>{prefix}-n</c>),
    /// <paramref name="inFlight"/> at a time; answers their open review tasks.</summary>
    public async Task<IReadOnlyList<ReviewTask>> PrepareAsync(string prefix, int count, int inFlight)
    {
        var reviews = new List<ReviewTask>(count * 4);
        var next = -1;
        async Task Worker()
        {
            while (Interlocked.Increment(ref next) is var n && n < count)
            {
                var id = $"{prefix}-{n:D6}";
                var started = await _writer.StartAsync(new StartMatter { Actor = Actor.ApplicantAccount("zhangsan"), InstanceId = id, Form = OneMatter.Server.Tests.Support.RuralHousingForm.Valid() }, "rural-housing");
                Check(started, id);
                var accept = started.State!.Tasks.Single();
                var unit = accept.Items[0].Unit!;
                var accepted = await _writer.SubmitAsync(new CompleteTask
                {
                    Actor = Actor.Officer("officer." + unit, unit), TaskId = accept.Id, Outcome = "accept", Fields = _fields[accept.Node],
                }, id);
                Check(accepted, id);
                var open = accepted.State!.Tasks.Select(t =>
                    new ReviewTask(id, t.Id, t.Node, t.Items[0].Unit!, ((TaskNode)Definition.Node(t.Node)).Outcomes[0].Id, _fields[t.Node])).ToList();
                lock (reviews)
                {
                    reviews.AddRange(open);
                }
            }
        }
        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(_ => Task.Run(Worker)));
        return reviews;
    }

    private static void Check(CommandOutcome outcome, string id)
    {
        if (!outcome.Applied)
        {
            throw new InvalidOperationException($"preparing {id}: {outcome.Status} {outcome.Rejection}");
        }
    }
}
