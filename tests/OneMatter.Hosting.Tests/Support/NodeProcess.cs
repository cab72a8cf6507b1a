using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace OneMatter.Hosting.Tests.Support;

/// <summary>
/// The OneMatter.Node test driver running as a real child process on a SQLite file or a PostgreSQL
/// database: commands go in as JSON lines, acknowledgements come back on stdout. <see cref="Kill"/> is SIGKILL on Linux, so the
/// process gets no chance to flush, stop Hangfire or finish its outbox.
/// </summary>
internal sealed class NodeProcess : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Process _process;
    private readonly ConcurrentDictionary<long, Ack> _acks = new();
    private readonly ConcurrentDictionary<long, bool> _sent = new();
    private readonly ConcurrentQueue<string> _problems = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _inputLock = new();
    private readonly Action<NodeProcess, Ack>? _onAck;
    private volatile bool _killed;
    private volatile Func<NodeProcess, bool>? _killWhen;
    private volatile bool _stopped;

    private NodeProcess(Process process, Action<NodeProcess, Ack>? onAck)
    {
        _process = process;
        _onAck = onAck;
    }

    /// <summary>The node's build output, located by the path the test project's build recorded.</summary>
    public static string NodeAssembly { get; } =
        typeof(NodeProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "OneMatterNode").Value!;

    /// <summary>The node's outbox id (<c>--node-id</c>).</summary>
    public string Id { get; private init; } = string.Empty;

    /// <summary>Acknowledgements received from this process, by sequence number.</summary>
    public IReadOnlyDictionary<long, Ack> Acks => _acks;

    /// <summary>Sequence numbers of every command sent to this process.</summary>
    public IEnumerable<long> Sent => _sent.Keys;

    /// <summary>Whether every command sent to this process has been acknowledged by it.</summary>
    public bool AllAcked => _sent.Keys.All(_acks.ContainsKey);

    /// <summary>Timers the node re-scheduled from the store at start, from its ready line.</summary>
    public int Rescheduled { get; private set; }

    /// <summary>stderr, fail and bad lines: anything here is a failure worth showing.</summary>
    public IReadOnlyCollection<string> Problems => _problems;

    /// <summary>Starts a node and waits for its ready line.</summary>
    /// <param name="database">The SQLite file, or a PostgreSQL connection string.</param>
    /// <param name="workflows">The workflows folder (org directory, calendars, definitions).</param>
    /// <param name="definitionFiles">Extra definitions (test YAML).</param>
    /// <param name="onAck">Called on the reader thread for every ack before it counts as received,
    /// so a follow-up sent from it is already outstanding when the ack becomes visible.</param>
    /// <param name="nodeId">The outbox node id. The crash test restarts under the same id, so the
    /// dead process's claims are taken back at once instead of after their lease (it is dead, so
    /// the two never run together); live nodes sharing a database need ids of their own.</param>
    /// <param name="timerWorkers">Hangfire workers firing timers; null for the node's default.</param>
    public static async Task<NodeProcess> StartAsync(string database, string workflows, IEnumerable<string> definitionFiles, Action<NodeProcess, Ack>? onAck = null,
        string nodeId = "crash-test-node", int? timerWorkers = null)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(NodeAssembly);
        info.ArgumentList.Add("--database");
        info.ArgumentList.Add(database);
        info.ArgumentList.Add("--workflows");
        info.ArgumentList.Add(workflows);
        info.ArgumentList.Add("--templates");
        info.ArgumentList.Add(TestWorkspace.Templates);
        info.ArgumentList.Add("--node-id");
        info.ArgumentList.Add(nodeId);
        if (timerWorkers is { } workers)
        {
            info.ArgumentList.Add("--timer-workers");
            info.ArgumentList.Add(workers.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        foreach (var file in definitionFiles)
        {
            info.ArgumentList.Add("--definition");
            info.ArgumentList.Add(file);
        }
        var process = new Process { StartInfo = info };
        var node = new NodeProcess(process, onAck) { Id = nodeId };
        process.OutputDataReceived += (_, e) => node.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                node._problems.Enqueue("stderr: " + line);
            }
        };
        process.Exited += (_, _) => node._ready.TrySetException(new InvalidOperationException("the node exited before it was ready: " + string.Join('\n', node._problems)));
        process.EnableRaisingEvents = true;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            // Generous: with other builds and tests sharing the 2-core machine (load average 35+),
            // a start that migrates and prepares Hangfire's schema took 20 s.
            await node._ready.Task.WaitAsync(TimeSpan.FromSeconds(120));
        }
        catch
        {
            node.Kill();
            node.Dispose();
            throw;
        }
        return node;
    }

    /// <summary>Sends a command (without waiting for its ack). After a kill, sending does nothing.</summary>
    public void Send(DriverCommand command)
    {
        var line = JsonSerializer.Serialize(command, Json);
        lock (_inputLock)
        {
            if (_killed)
            {
                return;
            }
            _sent[command.Seq] = true;
            try
            {
                _process.StandardInput.WriteLine(line);
                _process.StandardInput.Flush();
            }
            catch (IOException) when (_killed)
            {
                // The pipe broke because the test killed the node in the meantime.
            }
        }
    }

    /// <summary>Sends commands in order, flushing once.</summary>
    public void SendAll(IEnumerable<DriverCommand> commands)
    {
        foreach (var command in commands)
        {
            Send(command);
        }
    }

    /// <summary>Polls until <paramref name="done"/> holds; false when the timeout passed first.</summary>
    public static async Task<bool> WaitUntilAsync(Func<bool> done, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!done())
        {
            if (DateTime.UtcNow > until)
            {
                return false;
            }
            await Task.Delay(20);
        }
        return true;
    }

    /// <summary>
    /// SIGKILL as soon as <paramref name="condition"/> holds, checked on the reader thread right
    /// after each ack is received (a poll from the test would let a burst finish in between), then
    /// waits until the process is gone. False when the condition did not come true in time (the
    /// node is killed anyway).
    /// </summary>
    public async Task<bool> KillWhenAsync(Func<NodeProcess, bool> condition, TimeSpan timeout)
    {
        _killWhen = condition;
        KillIfDue();
        using var cancel = new CancellationTokenSource(timeout);
        var inTime = true;
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            inTime = false;
        }
        Kill();
        return inTime;
    }

    /// <summary>SIGKILL, then waits until the process is gone and its stdout is read to the end,
    /// so every ack it printed before dying has been received.</summary>
    public void Kill()
    {
        lock (_inputLock)
        {
            _killed = true;
        }
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
        _process.WaitForExit();
    }

    /// <summary>Closes stdin (the node finishes its commands and stops gracefully) and returns its
    /// exit code and whether it printed "stopped".</summary>
    public async Task<(int ExitCode, bool Stopped)> StopAsync(TimeSpan timeout)
    {
        lock (_inputLock)
        {
            _process.StandardInput.Close();
        }
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        _process.WaitForExit();
        return (_process.ExitCode, _stopped);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }
        _process.Dispose();
    }

    private void KillIfDue()
    {
        if (_killWhen is not { } condition || _killed || !condition(this))
        {
            return;
        }
        lock (_inputLock)
        {
            _killed = true;
        }
        try
        {
            // Not Kill(): that waits for stdout to end, which is read by the thread running this.
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    private void OnLine(string? line)
    {
        if (string.IsNullOrEmpty(line))
        {
            return;
        }
        if (line.StartsWith("ack ", StringComparison.Ordinal))
        {
            var ack = Ack.Parse(line);
            try
            {
                _onAck?.Invoke(this, ack);
            }
#pragma warning disable CA1031 // An exception on the reader thread would end the test host; report it instead.
            catch (Exception e)
#pragma warning restore CA1031
            {
                _problems.Enqueue("ack handler: " + e);
            }
            _acks[ack.Seq] = ack;
            KillIfDue();
        }
        else if (line.StartsWith("ready", StringComparison.Ordinal))
        {
            Rescheduled = int.Parse(line.AsSpan(6), provider: System.Globalization.CultureInfo.InvariantCulture);
            _ready.TrySetResult();
        }
        else if (line == "stopped")
        {
            _stopped = true;
        }
        else
        {
            _problems.Enqueue(line);
        }
    }
}
