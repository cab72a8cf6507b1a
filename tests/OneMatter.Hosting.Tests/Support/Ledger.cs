using System.Collections.Concurrent;
using System.Globalization;

namespace OneMatter.Hosting.Tests.Support;

/// <summary>
/// The client's side of the crash and scale-out tests: every command ever sent (with its fixed sequence number and
/// idempotency key), and every acknowledgement a node gave before it was killed — each one a promise
/// that the command is durable. Review tasks are completed as soon as their start is acknowledged,
/// once per instance, so completions overlap new starts and group commits mix both.
/// </summary>
internal sealed class Ledger
{
    private readonly ConcurrentDictionary<long, DriverCommand> _commands = new();
    private readonly ConcurrentDictionary<long, Ack> _promised = new();
    private readonly ConcurrentDictionary<string, bool> _completionSent = new(StringComparer.Ordinal);
    private long _seq;

    /// <summary>Every command, in the order they were made.</summary>
    public IReadOnlyList<DriverCommand> Commands => _commands.Values.OrderBy(c => c.Seq).ToList();

    /// <summary>Acks received from nodes that were then killed, the first per command.</summary>
    public IReadOnlyDictionary<long, Ack> Promised => _promised;

    public DriverCommand Command(long seq) => _commands[seq];

    /// <summary>A new start of <paramref name="definition"/> as instance <paramref name="instance"/>.</summary>
    public DriverCommand Start(string definition, string instance) => Add(seq => new DriverCommand
    {
        Seq = seq, Key = Key(seq), Op = "start", Instance = instance, Definition = definition,
    });

    /// <summary>The node's ack handler: completes the review task of an acknowledged review start,
    /// the first time its task is seen.</summary>
    public void OnAck(NodeProcess node, Ack ack)
    {
        var command = Command(ack.Seq);
        if (command.IsStart && command.Definition == CrashMatters.Review && ack.Applied && ack.Tasks.Count == 1
            && _completionSent.TryAdd(command.Instance, true))
        {
            node.Send(Complete(command.Instance, ack.Tasks[0]));
        }
    }

    /// <summary>A new completion (with its own key) of a review task with <c>pass</c> by
    /// <paramref name="officer"/> of the review unit.</summary>
    public DriverCommand Complete(string instance, string task, string officer = CrashMatters.Officer) => Add(seq => new DriverCommand
    {
        Seq = seq, Key = Key(seq), Op = "complete", Instance = instance, Task = task, Outcome = "pass",
        Actor = officer, Unit = CrashMatters.Unit,
    });

    /// <summary>Records the acks of a node that has just been killed (the first ack of a command
    /// wins) and returns those that were not promised before.</summary>
    public IReadOnlyList<Ack> Promise(NodeProcess killed)
    {
        var added = new List<Ack>();
        foreach (var (seq, ack) in killed.Acks)
        {
            if (_promised.TryAdd(seq, ack))
            {
                added.Add(ack);
            }
        }
        return added;
    }

    /// <summary>Commands sent but not (yet) acknowledged by <paramref name="node"/>.</summary>
    public int InFlight(NodeProcess node) => node.Sent.Count(seq => !node.Acks.ContainsKey(seq));

    private DriverCommand Add(Func<long, DriverCommand> make)
    {
        var command = make(Interlocked.Increment(ref _seq));
        _commands[command.Seq] = command;
        return command;
    }

    private static string Key(long seq) => "client-" + seq.ToString(CultureInfo.InvariantCulture);
}
