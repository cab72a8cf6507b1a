using Microsoft.Data.Sqlite;
using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Loading;
using OneMatter.Engine.Persistence;
using OneMatter.Engine.Simulation;
using OneMatter.Storage;

namespace OneMatter.Cli.Tests;

/// <summary>A temporary SQLite database holding real rural-housing instances, driven through
/// the real engine, for the database commands.</summary>
internal sealed class StoredMatters : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "onematter-cli-" + Guid.NewGuid().ToString("N"));

    public StoredMatters()
    {
        File = Path.Combine(_folder, "onematter.db");
    }

    public string File { get; }

    /// <summary>Starts an instance and completes its first <paramref name="steps"/> tasks.</summary>
    public async Task AddAsync(string instanceId, int steps)
    {
        var workspace = Workspace.Load(Cli.Workflows, Path.Combine(Cli.Root, "templates"));
        var definition = workspace.Definitions["rural-housing"];
        var engine = new MatterEngine(workspace.Org, workspace.Calendars);
        var store = await StoreFactory.OpenAsync(StorageOptions.Sqlite(File));
        var now = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
        var form = FormSampler.Complete(definition.Form, new Dictionary<string, string?>(), workspace.Org, new DateOnly(2026, 3, 2));
        MatterState? state = null;
        MatterCommand command = new StartMatter { Actor = Actor.ApplicantAccount("applicant"), InstanceId = instanceId, Form = form };
        for (var i = 0; i <= steps; i++)
        {
            var result = engine.Handle(definition, state, command, now);
            Assert.True(result.Applied, result.Rejection?.ToString());
            await store.CommitAsync([new MatterChange
            {
                InstanceId = instanceId,
                ExpectedVersion = state?.Version ?? 0,
                NewState = result.State!,
                Events = result.Events,
                Effects = result.Effects,
                Actor = new CommandActor(command.Actor.Id, command.Actor.Unit),
            }]);
            state = result.State!;
            now = now.AddHours(1);
            var task = state.Tasks[0];
            var node = (TaskNode)definition.Node(task.Node);
            command = new CompleteTask
            {
                Actor = Actor.Officer("officer", task.Items[0].Unit!),
                TaskId = task.Id,
                Outcome = node.Outcomes[0].Id,
                Fields = FormSampler.Complete(node.Fields, new Dictionary<string, string?>(), workspace.Org, new DateOnly(2026, 3, 2)),
            };
        }
    }

    /// <summary>Runs SQL on the file directly, as someone tampering with it would.</summary>
    public void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={File}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, command.ExecuteNonQuery());
    }

    public void Dispose() => OneMatter.Testing.TestFolder.Delete(_folder);
}
