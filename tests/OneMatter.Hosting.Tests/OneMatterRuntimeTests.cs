using Microsoft.Extensions.DependencyInjection;
using OneMatter.Engine.Commands;
using OneMatter.Engine.Events;
using OneMatter.Hosting.Tests.Support;
using OneMatter.Runtime;

namespace OneMatter.Hosting.Tests;

/// <summary>The runtime in this process on real SQLite files and a real Hangfire server: what it
/// loads, and that a stop and a start keep the timers the store holds.</summary>
public sealed class OneMatterRuntimeTests
{
    private static readonly TimeSpan FireTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task BadDefinitionFile_IsReportedAndSkipped_GoodOnesStillServe()
    {
        using var db = new TempDatabase();
        var workflows = TestWorkspace.Create(Path.GetDirectoryName(db.File)!);
        await File.WriteAllTextAsync(Path.Combine(workflows, CrashMatters.Review + ".yaml"), CrashMatters.ReviewYaml);
        // Assigned to a unit the org directory does not have: parses, fails validation.
        await File.WriteAllTextAsync(Path.Combine(workflows, "broken.yaml"),
            CrashMatters.ReviewYaml.Replace("crash-review", "broken", StringComparison.Ordinal)
                .Replace("assignee: cs-housing", "assignee: no-such-unit", StringComparison.Ordinal));
        var reported = new List<string>();

        await using var runtime = await OneMatterRuntime.StartAsync(new RuntimeOptions
        {
            SqliteFile = db.File,
            WorkflowsFolder = workflows,
            TemplatesFolder = TestWorkspace.Templates,
            ExtraDefinitions = [CrashMatters.WaitYaml, "id: half-written\nname: 未完成\n"],
            Report = message => { lock (reported) { reported.Add(message); } },
        });

        Assert.NotNull(runtime.Catalog.Latest(CrashMatters.Review));
        Assert.NotNull(runtime.Catalog.Latest(CrashMatters.Wait));
        Assert.Null(runtime.Catalog.Latest("broken"));
        Assert.Null(runtime.Catalog.Latest("half-written"));
        Assert.Contains(runtime.DefinitionErrors, e => e.File.EndsWith("broken.yaml", StringComparison.Ordinal) && e.Message.Contains("no-such-unit", StringComparison.Ordinal));
        Assert.Contains(runtime.DefinitionErrors, e => e.File == "extra definition 2");
        lock (reported)
        {
            Assert.Contains(reported, m => m.Contains("broken.yaml", StringComparison.Ordinal));
            Assert.Equal(runtime.DefinitionErrors.Count, reported.Count);
        }
        // The good definition serves commands.
        var started = await runtime.Writer.StartAsync(new StartMatter { Actor = Actor.ApplicantAccount("applicant"), InstanceId = "G1" }, CrashMatters.Review);
        Assert.True(started.Applied, started.Rejection?.ToString());
    }

    [Fact]
    public async Task StopAndStart_KeepsPendingTimers_WhichFireOnceAfterTheStart()
    {
        using var db = new TempDatabase();
        // Long enough that the first runtime has stopped before it falls due even on a busy machine:
        // 0.002 h = 7.2 s (the crash test runs meanwhile, so the wait costs the run little).
        var options = Options(db, CrashMatters.WaitYamlFor("crash-wait-long", 0.002m));
        DateTimeOffset due;
        await using (var first = await OneMatterRuntime.StartAsync(options))
        {
            var started = await first.Writer.StartAsync(new StartMatter { Actor = Actor.ApplicantAccount("applicant"), InstanceId = "T1" }, "crash-wait-long");
            Assert.True(started.Applied, started.Rejection?.ToString());
            due = Assert.Single(started.State!.Timers).Due;
        }
        var stoppedAt = DateTimeOffset.UtcNow;
        Assert.True(stoppedAt < due, "the first runtime took until the timer was due to stop; the test proves nothing");
        // Stopped: the timer is only in the store now (Hangfire's in-memory jobs went with the runtime).
        Assert.Single(await (await db.OpenAsync()).PendingTimersAsync(), t => t.InstanceId == "T1");

        await using var second = await OneMatterRuntime.StartAsync(options);

        Assert.Equal(1, second.RescheduledTimers);
        Assert.True(await WaitAsync(async () => (await second.Store.PendingTimersAsync()).Count == 0), "the timer did not fire after the start");
        var events = await second.Store.EventsAsync("T1");
        var fired = Assert.Single(events.OfType<TimerElapsed>());
        Assert.True(fired.At >= due && fired.At > stoppedAt);
        Assert.Contains(events.OfType<TaskCreated>(), t => t.Node == "review");
        Assert.Empty(await second.Store.VerifyChainAsync());
    }

    [Fact]
    public async Task ServiceCollection_GetsTheRuntimesParts()
    {
        using var db = new TempDatabase();
        await using var runtime = await OneMatterRuntime.StartAsync(Options(db, CrashMatters.ReviewYaml));
        using var provider = new ServiceCollection().AddOneMatterRuntime(runtime).BuildServiceProvider();

        Assert.Same(runtime, provider.GetRequiredService<OneMatterRuntime>());
        Assert.Same(runtime.Writer, provider.GetRequiredService<CommandWriter>());
        Assert.Same(runtime.Store, provider.GetRequiredService<OneMatter.Engine.Persistence.IMatterStore>());
        Assert.Same(runtime.Catalog, provider.GetRequiredService<IDefinitionSource>());
        Assert.NotNull(provider.GetRequiredService<IDefinitionSource>().Latest(CrashMatters.Review));
    }

    [Fact]
    public async Task EffectsPerformedBeforeAHandlerIsAttached_ReachTheFirstOne_InOrder_ThenLiveOnes()
    {
        using var db = new TempDatabase();
        await using var runtime = await OneMatterRuntime.StartAsync(Options(db, CrashMatters.ReviewYaml));
        // Two handoffs performed by the outbox while nothing is attached (a server attaches its
        // real-time handler only after the runtime has started).
        foreach (var id in new[] { "E1", "E2" })
        {
            var started = await runtime.Writer.StartAsync(new StartMatter { Actor = Actor.ApplicantAccount("applicant"), InstanceId = id }, CrashMatters.Review);
            Assert.True(started.Applied, started.Rejection?.ToString());
        }
        Assert.True(await WaitAsync(async () => (await runtime.Store.PendingEffectsAsync(100)).Count == 0), "the outbox did not settle");

        var seen = new RecordingHandler();
        runtime.ForwardEffectsTo(seen);
        var live = await runtime.Writer.StartAsync(new StartMatter { Actor = Actor.ApplicantAccount("applicant"), InstanceId = "E3" }, CrashMatters.Review);
        Assert.True(live.Applied, live.Rejection?.ToString());
        Assert.True(await WaitAsync(() => Task.FromResult(seen.Instances.Contains("E3"))), "the live effect did not arrive");

        var handoffs = seen.Notifications.Where(n => n.Notify.Kind == OneMatter.Engine.Effects.NotificationKind.Handoff).ToList();
        Assert.Equal(["E1", "E2", "E3"], handoffs.Select(n => n.InstanceId));
        Assert.All(handoffs, n => Assert.Equal(CrashMatters.Unit, n.Notify.To));
    }

    /// <summary>Records what the runtime forwards, in arrival order.</summary>
    private sealed class RecordingHandler : IEffectHandler
    {
        private readonly List<(string InstanceId, OneMatter.Engine.Effects.Effect Effect)> _seen = [];

        public Task HandleAsync(string instanceId, OneMatter.Engine.Effects.Effect effect, CancellationToken cancellationToken)
        {
            lock (_seen)
            {
                _seen.Add((instanceId, effect));
            }
            return Task.CompletedTask;
        }

        public List<string> Instances
        {
            get
            {
                lock (_seen)
                {
                    return _seen.Select(s => s.InstanceId).ToList();
                }
            }
        }

        public List<(string InstanceId, OneMatter.Engine.Effects.Notify Notify)> Notifications
        {
            get
            {
                lock (_seen)
                {
                    return _seen.Where(s => s.Effect is OneMatter.Engine.Effects.Notify)
                        .Select(s => (s.InstanceId, (OneMatter.Engine.Effects.Notify)s.Effect)).ToList();
                }
            }
        }
    }

    [Fact]
    public async Task Options_WithoutOrWithTwoDatabases_AreRefused()
    {
        var neither = new RuntimeOptions { WorkflowsFolder = "workflows", TemplatesFolder = "templates" };
        await Assert.ThrowsAsync<ArgumentException>(() => OneMatterRuntime.StartAsync(neither));
        await Assert.ThrowsAsync<ArgumentException>(() => OneMatterRuntime.StartAsync(neither with { SqliteFile = "a.db", PostgreSqlConnectionString = "Host=x" }));
    }

    private static RuntimeOptions Options(TempDatabase db, params string[] extra) => new()
    {
        SqliteFile = db.File,
        WorkflowsFolder = TestWorkspace.Create(Path.GetDirectoryName(db.File)!),
        TemplatesFolder = TestWorkspace.Templates,
        ExtraDefinitions = extra,
        TimerWorkerCount = 2,
    };

    private static async Task<bool> WaitAsync(Func<Task<bool>> done)
    {
        var until = DateTime.UtcNow + FireTimeout;
        while (!await done())
        {
            if (DateTime.UtcNow > until)
            {
                return false;
            }
            await Task.Delay(50);
        }
        return true;
    }
}
