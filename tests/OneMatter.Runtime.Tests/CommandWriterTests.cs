using OneMatter.Engine.Commands;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;
using OneMatter.Runtime.Tests.Support;
using OneMatter.Storage;
using Xunit.Abstractions;

namespace OneMatter.Runtime.Tests;

public sealed class CommandWriterTests(ITestOutputHelper output)
{
    private static RuralHousing Matters => RuralHousing.Shared;

    [Fact]
    public async Task Rural_housing_runs_to_its_end_through_the_writer()
    {
        await using var h = await Harness.CreateAsync();
        var outcome = await h.StartAsync("RH-1");
        Assert.Equal(CommandStatus.Applied, outcome.Status);
        var state = outcome.State!;
        for (var step = 0; state.Status == MatterStatus.Running && step < 50; step++)
        {
            if (state.Tasks.Length > 0)
            {
                outcome = await h.Writer.SubmitAsync(Matters.CompleteFirstTask(state), "RH-1");
            }
            else
            {
                var timer = state.Timers.Where(t => t.Kind == TimerKind.Node).MinBy(t => t.Due)!;
                h.Time.SetUtcNow(timer.Due);
                outcome = await h.Writer.SubmitAsync(new FireTimer { Actor = Actor.System, TimerId = timer.Id }, "RH-1");
            }
            Assert.True(outcome.Applied, outcome.Rejection?.ToString());
            Assert.Equal(outcome.Version - outcome.EventCount, state.Version);
            state = outcome.State!;
        }
        Assert.Equal(MatterStatus.Ended, state.Status);
        var events = await h.Raw.EventsAsync("RH-1");
        Assert.Equal(state.Version, events.Count);
        Assert.Equal(MatterJson.Serialize(state), MatterJson.Serialize(MatterEngine.Replay(events)));
        Assert.Empty(await h.Raw.VerifyChainAsync());
    }

    [Fact]
    public async Task An_acknowledged_command_is_durable()
    {
        using var database = new TempDatabase();
        await using var h = await Harness.CreateAsync(database);
        var outcome = await h.StartAsync("RH-D");
        Assert.True(outcome.Applied);
        // A fresh store on the same file, as after a restart, sees what was acknowledged.
        var fresh = await database.OpenAsync();
        var events = await fresh.EventsAsync("RH-D");
        Assert.Equal(outcome.EventCount, events.Count);
        Assert.Equal(outcome.Version, (await fresh.LoadAsync("RH-D"))!.Version);
    }

    [Fact]
    public async Task Many_concurrent_commands_share_few_commits()
    {
        await using var h = await Harness.CreateAsync();
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => h.StartAsync($"RH-G{i:000}"))));
        Assert.All(outcomes, o => Assert.True(o.Applied, o.Rejection?.ToString()));
        output.WriteLine($"{h.Store.Commits} commits for 200 commands; group sizes {string.Join(", ", h.Store.GroupSizes)}");
        Assert.True(h.Store.Commits <= 40, $"{h.Store.Commits} commits for 200 commands");
        Assert.True((await h.Raw.LoadAsync("RH-G199")) is not null);
    }

    [Fact]
    public async Task One_bad_command_fails_alone_and_the_group_commits()
    {
        await using var h = await Harness.CreateAsync();
        var a = (await h.StartAsync("RH-A")).State!;
        var b = (await h.StartAsync("RH-B")).State!;
        var commitsBefore = h.Store.Commits;

        var (entered, release) = h.Store.HoldNextCommit();
        var blocker = h.StartAsync("RH-Z");
        await entered; // the loop is now stuck in a commit: what follows queues into one group
        var good = h.Writer.SubmitAsync(Matters.CompleteFirstTask(a), "RH-A");
        var badOutcome = h.Writer.SubmitAsync(Matters.CompleteFirstTask(b) with { Outcome = "no-such-outcome" }, "RH-B");
        var missing = h.Writer.SubmitAsync(Matters.CompleteFirstTask(b), "RH-NOPE");
        var unknownDefinition = h.Writer.StartAsync(Matters.StartCommand("RH-X"), "no-such-definition");
        var alsoGood = h.Writer.SubmitAsync(Matters.CompleteFirstTask(b), "RH-B");
        release();
        await blocker;

        Assert.True((await good).Applied);
        Assert.True((await alsoGood).Applied);
        Assert.Equal(RejectionCode.UnknownOutcome, (await badOutcome).Rejection!.Code);
        Assert.Equal(CommandStatus.Rejected, (await missing).Status);
        await Assert.ThrowsAsync<InvalidOperationException>(() => unknownDefinition);
        Assert.Equal(commitsBefore + 2, h.Store.Commits); // the blocker's, then one for the group
        Assert.Equal(2, h.Store.GroupSizes[^1]);
    }

    [Fact]
    public async Task Two_commands_for_one_instance_in_one_group_apply_in_order()
    {
        await using var h = await Harness.CreateAsync();
        var (entered, release) = h.Store.HoldNextCommit();
        var blocker = h.StartAsync("RH-Z");
        await entered;
        // What the start will produce (the engine is pure), to address its first task.
        var expected = Matters.Engine.Handle(Matters.Definition, null, Matters.StartCommand("RH-O"), h.Time.GetUtcNow()).State!;
        var start = h.StartAsync("RH-O");
        // Decided after the start in the same group, against the started instance.
        var complete = h.Writer.SubmitAsync(Matters.CompleteFirstTask(expected), "RH-O");
        release();
        await blocker;
        var started = await start;
        var completed = await complete;
        Assert.True(started.Applied);
        Assert.True(completed.Applied, completed.Rejection?.ToString());
        Assert.Equal(started.Version, completed.Version - completed.EventCount);
        Assert.Equal(2, h.Store.GroupSizes[^1]);
        Assert.Equal(completed.Version, (await h.Raw.EventsAsync("RH-O")).Count);
    }

    [Fact]
    public async Task A_failing_store_fails_the_group_and_the_writer_goes_on()
    {
        await using var h = await Harness.CreateAsync();
        h.Store.FailCommitsWith = new IOException("disk gone");
        var first = h.StartAsync("RH-F1");
        var second = h.StartAsync("RH-F2");
        await Assert.ThrowsAsync<IOException>(() => first);
        await Assert.ThrowsAsync<IOException>(() => second);
        Assert.Null(await h.Raw.LoadAsync("RH-F1"));

        h.Store.FailCommitsWith = null;
        Assert.True((await h.StartAsync("RH-F1")).Applied);
    }

    [Fact]
    public async Task Fifty_parallel_completions_of_one_task_give_one_success()
    {
        await using var h = await Harness.CreateAsync();
        var state = (await h.StartAsync("RH-C")).State!;
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(i => Task.Run(() => h.Writer.SubmitAsync(Matters.CompleteFirstTask(state, $"officer.{i}"), "RH-C"))));
        var winner = Assert.Single(outcomes, o => o.Applied);
        var by = winner.Events.OfType<OneMatter.Engine.Events.TaskCompleted>().Single().Actor;
        output.WriteLine($"{h.Store.Commits} commits; group sizes {string.Join(", ", h.Store.GroupSizes)}");
        var losers = outcomes.Where(o => !o.Applied).ToList();
        Assert.Equal(49, losers.Count);
        Assert.All(losers, o =>
        {
            Assert.Equal(RejectionCode.Conflict, o.Rejection!.Code);
            Assert.Contains("task already completed by " + by, o.Rejection.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_conflict_with_another_writer_is_re_decided_and_the_rest_of_the_group_commits()
    {
        using var database = new TempDatabase();
        await using var a = await Harness.CreateAsync(database);
        await using var b = await Harness.CreateAsync(database);
        var x = (await a.StartAsync("RH-X")).State!;
        var y = (await a.StartAsync("RH-Y")).State!; // writer a now caches both snapshots

        // Writer b (another node) completes x's task first; a's cached snapshot of x is stale.
        Assert.True((await b.Writer.SubmitAsync(Matters.CompleteFirstTask(x, "officer.b"), "RH-X")).Applied);

        var (entered, release) = a.Store.HoldNextCommit();
        var blocker = a.StartAsync("RH-Z");
        await entered;
        var lateX = a.Writer.SubmitAsync(Matters.CompleteFirstTask(x, "officer.a"), "RH-X");
        var goodY = a.Writer.SubmitAsync(Matters.CompleteFirstTask(y, "officer.a"), "RH-Y");
        release();
        await blocker;

        var rejected = await lateX;
        Assert.Equal(CommandStatus.Rejected, rejected.Status);
        Assert.Contains("task already completed by officer.b", rejected.Rejection!.Message, StringComparison.Ordinal);
        Assert.True((await goodY).Applied);
        Assert.Equal(1, a.Store.Conflicts);
        Assert.Equal((await goodY).Version, (await b.Raw.LoadAsync("RH-Y"))!.Version);
        Assert.Empty(await a.Raw.VerifyChainAsync());
    }

    [Fact]
    public async Task The_same_idempotency_key_twice_gives_the_same_outcome_and_one_set_of_events()
    {
        await using var h = await Harness.CreateAsync();
        var state = (await h.StartAsync("RH-I")).State!;
        var command = Matters.CompleteFirstTask(state);
        var first = await h.Writer.SubmitAsync(command, "RH-I", "key-1");
        var second = await h.Writer.SubmitAsync(command, "RH-I", "key-1");
        Assert.True(first.Applied);
        Assert.True(second.Replayed);
        Assert.Equal(first.Status, second.Status);
        Assert.Equal(first.Version, second.Version);
        // Same events (compared as stored: field maps are compared by content, not reference).
        Assert.Equal(first.Events.Select(e => System.Text.Json.JsonSerializer.Serialize(e, MatterJson.Options)), second.Events.Select(e => System.Text.Json.JsonSerializer.Serialize(e, MatterJson.Options)));
        Assert.Equal(first.Version, (await h.Raw.EventsAsync("RH-I")).Count);
    }

    [Fact]
    public async Task The_same_key_twice_in_one_group_applies_once()
    {
        await using var h = await Harness.CreateAsync();
        var (entered, release) = h.Store.HoldNextCommit();
        var blocker = h.StartAsync("RH-Z");
        await entered;
        var first = h.StartAsync("RH-K", "start-RH-K");
        var second = h.StartAsync("RH-K", "start-RH-K");
        release();
        await blocker;
        Assert.True((await first).Applied);
        Assert.True((await second).Replayed);
        Assert.Equal((await first).Version, (await second).Version);
        Assert.Equal((await first).Version, (await h.Raw.EventsAsync("RH-K")).Count);
    }
}
