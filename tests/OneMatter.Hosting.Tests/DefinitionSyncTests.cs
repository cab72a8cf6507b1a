using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Loading;
using OneMatter.Hosting.Tests.Support;

namespace OneMatter.Hosting.Tests;

/// <summary>Two runtimes sharing one database, as two server nodes do: a version published and a
/// retirement recorded through one reach the other without a restart.</summary>
public sealed class DefinitionSyncTests
{
    private static RuntimeOptions Options(TempDatabase db, string workflows, TimeSpan sync) => new()
    {
        SqliteFile = db.File,
        WorkflowsFolder = workflows,
        TemplatesFolder = TestWorkspace.Templates,
        TimerWorkerCount = 1,
        DefinitionSyncInterval = sync,
    };

    /// <summary>Publishes the next version of crash-review through <paramref name="runtime"/>, the
    /// way the designer API does: stored first, then added to that node's catalog.</summary>
    private static async Task<MatterDefinition> PublishAsync(OneMatterRuntime runtime, string newName)
    {
        var yaml = CrashMatters.ReviewYaml.Replace("name: 审查测试", "name: " + newName, StringComparison.Ordinal);
        var loaded = DefinitionLoader.Load(yaml, "crash-review.yaml", runtime.DefinitionContext);
        Assert.True(loaded.Definition is not null, string.Join("; ", loaded.Errors));
        var definition = loaded.Definition!;
        var version = runtime.Catalog.Latest(CrashMatters.Review)!.Version + 1;
        await runtime.Store.SaveDefinitionVersionAsync(CrashMatters.Review, version, yaml, "designer", DateTimeOffset.UtcNow);
        var published = definition with { Version = version };
        runtime.Catalog.Add(published);
        return published;
    }

    [Fact]
    public async Task A_version_published_on_one_node_is_offered_by_the_other_within_the_sync_interval()
    {
        using var db = new TempDatabase();
        var workflows = TestWorkspace.Create(Path.GetDirectoryName(db.File)!);
        CrashMatters.WriteTo(workflows);
        await using var a = await OneMatterRuntime.StartAsync(Options(db, workflows, TimeSpan.FromMilliseconds(200)));
        await using var b = await OneMatterRuntime.StartAsync(Options(db, workflows, TimeSpan.FromMilliseconds(200)));

        var published = await PublishAsync(a, "审查测试（第二版）");
        await a.DefinitionStore.SetRetiredAsync(CrashMatters.Wait, true, "designer", DateTimeOffset.UtcNow);

        var until = DateTime.UtcNow.AddSeconds(20);
        while ((b.Catalog.Latest(CrashMatters.Review)!.Version != published.Version || !b.Catalog.IsRetired(CrashMatters.Wait)) && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
        }
        Assert.Equal("审查测试（第二版）", b.Catalog.Latest(CrashMatters.Review)!.Name);
        Assert.True(b.Catalog.IsRetired(CrashMatters.Wait));
    }

    [Fact]
    public async Task A_command_for_an_instance_on_a_version_the_node_has_not_seen_loads_it_at_once()
    {
        using var db = new TempDatabase();
        var workflows = TestWorkspace.Create(Path.GetDirectoryName(db.File)!);
        CrashMatters.WriteTo(workflows);
        await using var a = await OneMatterRuntime.StartAsync(Options(db, workflows, TimeSpan.Zero));
        await using var b = await OneMatterRuntime.StartAsync(Options(db, workflows, TimeSpan.Zero)); // never polls

        var published = await PublishAsync(a, "审查测试（第二版）");
        var started = await a.Writer.StartAsync(new StartMatter { Actor = Actor.ApplicantAccount("applicant"), InstanceId = "S1" }, CrashMatters.Review);
        Assert.Equal(published.Version, started.State!.DefinitionVersion);
        Assert.False(b.Catalog.Contains(CrashMatters.Review, published.Version));

        var task = started.State.Tasks.Single();
        var completed = await b.Writer.SubmitAsync(new CompleteTask
        {
            Actor = Actor.Officer("officer.cs-housing", "cs-housing"),
            TaskId = task.Id,
            Outcome = "pass",
        }, "S1");

        Assert.True(completed.Applied, completed.Rejection?.ToString());
        Assert.True(b.Catalog.Contains(CrashMatters.Review, published.Version));
    }
}
