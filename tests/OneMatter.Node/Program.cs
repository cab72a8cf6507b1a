// A OneMatter node driven over standard input and output, for the crash and scale-out tests.
//
//   dotnet OneMatter.Node.dll --database <SQLite file | PostgreSQL connection string>
//       --workflows <folder> --templates <folder> [--node-id <id>] [--definition <file.yaml>]...
//       [--timer-workers <n>]   Hangfire workers that fire timers (8 unless given)
//
// Prints "ready <rescheduled timers>" once the runtime has started. Then reads JSON lines (see
// NodeCommand), submits each to the writer at once without waiting for the previous ones (so many
// are in flight and share group commits), and prints one line per command when the writer is done:
//
//   ack <seq> <applied|rejected|ignored> <version> <new|replayed> <task ids created, comma-separated, or -> [<code>: <reason>]
//   fail <seq> <message>          the writer faulted the command (nothing acknowledged)
//   bad <line> <message>          the line is not a command
//
// A rejected or ignored ack ends with the engine's rejection (its code, then the message, on one
// line), so a test can tell a lost race ("already completed by …") from any other refusal. Applied
// acks keep exactly six fields.
//
// An ack is written only after the writer's task completed, i.e. after the commit holding the
// command is durable. At the end of input it waits for every command, stops the runtime and
// prints "stopped".
using System.Globalization;
using System.Text.Json;
using OneMatter.Engine.Commands;
using OneMatter.Engine.Events;
using OneMatter.Engine.Interpreter;
using OneMatter.Hosting;
using OneMatter.Node;
using OneMatter.Runtime;
using OneMatter.Storage;

string? database = null, workflows = null, templates = null, nodeId = null;
var timerWorkers = 8;
var extras = new List<string>();
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--database": database = args[i + 1]; break;
        case "--workflows": workflows = args[i + 1]; break;
        case "--templates": templates = args[i + 1]; break;
        case "--node-id": nodeId = args[i + 1]; break;
        case "--definition": extras.Add(await File.ReadAllTextAsync(args[i + 1])); break;
        case "--timer-workers": timerWorkers = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        default:
            await Console.Error.WriteLineAsync("unknown option " + args[i]);
            return 2;
    }
}
if (database is null || workflows is null || templates is null)
{
    await Console.Error.WriteLineAsync("usage: OneMatter.Node --database <db> --workflows <folder> --templates <folder> [--node-id <id>] [--definition <file>]... [--timer-workers <n>]");
    return 2;
}

var storage = StorageOptions.Parse(database);
var output = new NodeOutput();
var runtime = await OneMatterRuntime.StartAsync(new RuntimeOptions
{
    SqliteFile = storage.SqliteFile,
    PostgreSqlConnectionString = storage.Provider == StorageProvider.Postgres ? storage.ConnectionString : null,
    WorkflowsFolder = workflows,
    TemplatesFolder = templates,
    ExtraDefinitions = extras,
    NodeId = nodeId,
    TimerWorkerCount = timerWorkers,
    Report = message => Console.Error.WriteLine(message),
});
await using (runtime)
{
    output.Line(string.Create(CultureInfo.InvariantCulture, $"ready {runtime.RescheduledTimers}"));
    var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
    var inFlight = new List<Task>();
    var lineNumber = 0L;
    while (await Console.In.ReadLineAsync() is { } line)
    {
        lineNumber++;
        if (string.IsNullOrWhiteSpace(line))
        {
            continue;
        }
        NodeCommand? command;
        try
        {
            command = JsonSerializer.Deserialize<NodeCommand>(line, json);
        }
        catch (JsonException e)
        {
            output.Line(string.Create(CultureInfo.InvariantCulture, $"bad {lineNumber} {OneLine(e.Message)}"));
            continue;
        }
        if (command is null)
        {
            output.Line(string.Create(CultureInfo.InvariantCulture, $"bad {lineNumber} null"));
            continue;
        }
        // Not awaited: the next line is read while this one waits for its group commit.
        inFlight.Add(HandleAsync(runtime.Writer, command, output));
        if (inFlight.Count >= 4096)
        {
            inFlight.RemoveAll(t => t.IsCompleted);
        }
    }
    await Task.WhenAll(inFlight);
}
output.Line("stopped");
return 0;

static async Task HandleAsync(CommandWriter writer, NodeCommand command, NodeOutput output)
{
    try
    {
        var outcome = command.Op switch
        {
            "start" => await writer.StartAsync(
                new StartMatter { Actor = Actor.ApplicantAccount("applicant"), InstanceId = command.Instance },
                command.Definition ?? throw new ArgumentException("start needs a definition"), idempotencyKey: command.Key),
            "complete" => await writer.SubmitAsync(
                new CompleteTask
                {
                    Actor = Actor.Officer(command.Actor ?? "officer", command.Unit ?? throw new ArgumentException("complete needs a unit")),
                    TaskId = command.Task ?? throw new ArgumentException("complete needs a task"),
                    Outcome = command.Outcome ?? throw new ArgumentException("complete needs an outcome"),
                },
                command.Instance, command.Key),
            _ => throw new ArgumentException($"unknown op \"{command.Op}\""),
        };
        var status = outcome.Status switch
        {
            CommandStatus.Applied => "applied",
            CommandStatus.Rejected => "rejected",
            _ => "ignored",
        };
        var tasks = string.Join(',', outcome.Events.OfType<TaskCreated>().Select(t => t.Task));
        var reason = outcome.Rejection is { } rejection ? " " + OneLine($"{rejection.Code}: {rejection.Message}") : string.Empty;
        output.Line(string.Create(CultureInfo.InvariantCulture,
            $"ack {command.Seq} {status} {outcome.Version} {(outcome.Replayed ? "replayed" : "new")} {(tasks.Length == 0 ? "-" : tasks)}{reason}"));
    }
#pragma warning disable CA1031 // Any failure is reported on its line; the node must go on with the other commands.
    catch (Exception e)
#pragma warning restore CA1031
    {
        output.Line(string.Create(CultureInfo.InvariantCulture, $"fail {command.Seq} {OneLine(e.Message)}"));
    }
}

static string OneLine(string text) => text.ReplaceLineEndings(" ");
